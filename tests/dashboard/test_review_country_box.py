"""The review form's Country box: a candidate's venue country was set only by its Venue (review29: no box, so a
place the tables do not know, or a wrong country, could not be put right before Accept). The box shows the stored
country, follows the Venue as it is typed (as the event form's does), and a Country typed is the analyst's: read as
a country's name or code, stored as ISO alpha-3, and a word that names no country is refused with the field named."""
from __future__ import annotations

from tracker.dashboard import ids
from tracker.dashboard.review import layout

from tests.dashboard.test_review_page import LAVROV, _open_form, _press, live  # noqa: F401 (its fixture)
from tests.dashboard.test_ux28a_review_form import run_in_node


def _place(live, event_id: str) -> tuple:
    event = live.store.event_record(event_id)["event"]
    return event["venue"], event["venue_country"]


def test_the_form_shows_and_labels_the_stored_country(live):
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Berlin")
    fields = dict(zip(ids.REVIEW_FIELDS, _open_form(live, LAVROV)[0]))
    assert (fields["venue"], fields["venue_country"]) == ("Berlin", "DEU")
    box = ids.REVIEW_FIELDS["venue_country"]
    labels = [c for c in _walk(layout.form_section(live.data)) if getattr(c, "htmlFor", None) == box]
    assert [label.children for label in labels] == ["Country"]


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children] if children is not None else []:
        if hasattr(child, "to_plotly_json"):
            yield from _walk(child)


def test_a_typed_country_is_kept_over_the_venues_and_read_as_a_name_or_a_code(live):
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Ankara", venue_country="Switzerland")
    assert _place(live, LAVROV) == ("Ankara", "CHE")  # typed with the venue: not Ankara's TUR
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue_country="tur")
    assert _place(live, LAVROV) == ("Ankara", "TUR")
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Vela Cove", venue_country="KAZ")
    assert _place(live, LAVROV) == ("Vela Cove", "KAZ")  # a place no table knows, placed by the analyst
    accepted = _press(live, ids.REVIEW_ACCEPT, LAVROV, *_open_form(live, LAVROV), venue_country="")
    assert "Accepted" in str(accepted.message) and _place(live, LAVROV) == ("Vela Cove", None)  # emptied on purpose


def test_a_country_that_names_none_is_refused_with_the_box_named_and_nothing_written(live):
    before = _place(live, LAVROV)
    refused = _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Geneva",
                     venue_country="Atlantis")
    said = str(refused.message)
    assert "Country" in said and "'Atlantis' is no country" in said, said
    assert _place(live, LAVROV) == before


def _fill(venue, codes, country, filled, base) -> list:
    """What the page's fill (`callbacks.REVIEW_VENUE_COUNTRY`) returns, run by Node; None stands for no_update."""
    from tracker.dashboard.review.callbacks import REVIEW_VENUE_COUNTRY

    return run_in_node(REVIEW_VENUE_COUNTRY, [venue, codes, country, filled, base])


def test_the_page_fills_country_as_the_venue_is_typed_and_never_over_a_typed_one():
    codes = {"geneva": "CHE", "ankara": "TUR"}
    shown = {"event_id": "e1", "fields": {"venue": "Geneva", "venue_country": "CHE"}}
    assert _fill("Geneva", codes, "CHE", None, shown) == [None, None]  # the form drawn: no change of its venue
    assert _fill("Ankara", codes, "CHE", None, shown) == ["TUR", {"event_id": "e1", "value": "TUR"}]  # moved
    assert _fill("Vela Cove", codes, "TUR", {"event_id": "e1", "value": "TUR"}, shown) == ["", {"event_id": "e1", "value": ""}]
    assert _fill("Ankara", codes, "FRA", None, shown) == [None, None]  # a Country typed meanwhile stays
    # what the venue filled for one candidate is no fill of the next one's: its own Country stays
    other = {"event_id": "e2", "fields": {"venue": "Paris", "venue_country": "TUR"}}
    assert _fill("Ankara", codes, "TUR", {"event_id": "e1", "value": "TUR"}, other) == [None, None]
    empty = {"event_id": "e3", "fields": {"venue": "", "venue_country": ""}}
    assert _fill("Geneva", codes, "", None, empty) == ["CHE", {"event_id": "e3", "value": "CHE"}]


def test_a_fill_made_before_a_save_is_no_fill_after_it_and_the_page_and_the_save_agree(live):
    """review30 MEDIUM: Belgrade filled SRB, "switzerland" typed, Venue "Geneva", Save (CHE stored); then Venue "Kiev":
    the box kept CHE as typed (the fill store still held SRB) while the Save wrote UKR."""
    codes = {"geneva": "CHE", "kiev": "UKR", "belgrade": "SRB"}
    saved = {"event_id": "e1", "version": 2, "fields": {"venue": "Geneva", "venue_country": "CHE"}}
    before_save = {"event_id": "e1", "version": 1, "value": "SRB"}
    assert _fill("Kiev", codes, "CHE", before_save, saved) == ["UKR", {"event_id": "e1", "version": 2, "value": "UKR"}]
    # the server: a Country left as stored follows a changed venue when it is the stored venue's own ...
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Geneva", venue_country="switzerland")
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Kiev")
    assert _place(live, LAVROV) == ("Kiev", "UKR")
    # ... and stays when the analyst set it apart from its venue's, as the page keeps it
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue_country="FRA")
    _press(live, ids.REVIEW_SAVE, LAVROV, *_open_form(live, LAVROV), venue="Ankara")
    assert _place(live, LAVROV) == ("Ankara", "FRA")
    shown = {"event_id": "e1", "fields": {"venue": "Kiev", "venue_country": "FRA"}}
    assert _fill("Ankara", codes, "FRA", None, shown) == [None, None]


def test_an_events_id_typed_whole_in_the_merge_box_is_the_first_option(live):
    """review30 HIGH: "astana-20" typed in "Event to merge into" listed a same-day proposal first, and Enter merged the
    candidate's sources, quotes and actors into that event."""
    from tracker.dashboard.review import choices

    options = [o["value"] for o in choices.search_options(live.data, LAVROV, "astana-20", None)]
    assert options[0] == "astana-20" and len(options) > 1, options
