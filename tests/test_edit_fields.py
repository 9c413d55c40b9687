"""An edit of an event's own cells alone (`Store.edit_fields`, the review form's Save) stores, records and refuses
exactly what the full edit (`tracker.extract.review.revise` then `Store.save`) does, without rewriting the event."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.edits import OWN_CELLS, edited_row_values
from tracker.extract import review as actions
from tracker.store import open_store
from tracker.store.history import EditConflict, EditRefused

NOW = dt.datetime(2026, 12, 5, 14, 30, 0)

#: (event, cells): valid edits, edits that change nothing, and edits an import would refuse
CASES = [
    ("r20", {"summary": "Kazakhstan said it would host no more rounds."}),
    ("r20", {"summary": ""}),
    ("r20", {"title": "  20th meeting in the Astana format  "}),
    ("r20", {"title": "Two\nlines"}),
    ("r20", {"title": ""}),
    ("r20", {"title": "x" * 501}),
    ("r20", {"event_type": "summit", "status": "planned"}),
    ("r20", {"event_type": "conference"}),
    ("r20", {"status": "maybe"}),
    ("r20", {"start_date": "2023-06-19"}),
    ("r20", {"start_date": "2023-06-22"}),  # after the stored end
    ("r20", {"start_date": "2023-06-22", "end_date": "2023-06-23"}),
    ("r20", {"start_date": "2023-13-01"}),
    ("r20", {"start_date": ""}),
    ("r20", {"end_date": ""}),
    ("r20", {"end_date": "2023-06-19"}),
    ("r20", {"start_date": "2023-06", "date_precision": "month"}),
    ("r20", {"date_precision": "week"}),
    ("r20", {"round_number": "21"}),
    ("r20", {"round_number": ""}),
    ("r20", {"round_number": "seven"}),
    ("r20", {"round_number": "99999"}),
    ("r20", {"round_number": "²"}),
    ("r20", {"venue": "Nur-Sultan", "venue_country": "kaz"}),
    ("r20", {"venue_country": "zz"}),
    ("r20", {"venue": ""}),
    ("r20", {"tags": "final; hosting"}),
    ("r20", {"summary": "'=HYPERLINK(\"x\") is text here"}),
    ("r20", {"summary": "Kazakhstan proposed it be the last round."}),  # what is stored: nothing changes
    ("r12", {"round_number": "12", "venue": "Nur-Sultan"}),  # the same
]


def _full_edit(store, event_id: str, cells: dict) -> str | None:
    """The review form's full Save (the path that rewrites the event): None, or the refusal's text."""
    tables = store.load()
    try:
        revised = actions.revise(tables, event_id, cells, now=NOW)
    except actions.ReviewError as exc:
        return str(exc)
    if revised is not tables:
        store.save(actions.changed(revised, event_id), user="ana", action="review edit")
    return None


def _own_fields(store, event_id: str, cells: dict) -> str | None:
    try:
        store.edit_fields(event_id, cells, expected_version=store.event_record(event_id)["version"], user="ana",
                          action="review edit")
    except EditRefused as exc:
        return str(exc)
    return None


def _without_stamps(record: dict | None) -> dict | None:
    if record is None:
        return None
    return {**record, "event": {k: v for k, v in record["event"].items() if k not in ("updated_at",)}}


@pytest.mark.parametrize("event_id, cells", CASES, ids=[f"{e}-{'-'.join(c)}-{n}" for n, (e, c) in enumerate(CASES)])
def test_an_edit_of_own_cells_gives_what_the_full_edit_gives(tmp_path, mini, event_id, cells):
    full, own = open_store(tmp_path / "full.db"), open_store(tmp_path / "own.db")
    for store in (full, own):
        store.save(mini, user="importer")
    refused = _full_edit(full, event_id, cells), _own_fields(own, event_id, cells)
    assert refused[0] == refused[1]
    assert _without_stamps(own.event_record(event_id)) == _without_stamps(full.event_record(event_id))
    assert [(c.version, c.action, c.user, c.fields().keys() - {"updated_at"}) for c in own.history(event_id)] == \
           [(c.version, c.action, c.user, c.fields().keys() - {"updated_at"}) for c in full.history(event_id)]
    assert own.counts() == full.counts()
    assert own.search_text("hosting") == full.search_text("hosting")


def test_a_refused_edit_names_the_field_and_writes_nothing(empty_store, mini, fingerprint):
    empty_store.save(mini, user="importer")
    before, version = fingerprint(empty_store), empty_store.event_record("r20")["version"]
    with pytest.raises(EditRefused) as refused:
        empty_store.edit_fields("r20", {"round_number": "seven", "start_date": "2023-02-30"}, expected_version=version)
    assert {p.column for p in refused.value.problems} == {"round_number", "start_date"}
    assert "edit of r20" in str(refused.value)
    assert fingerprint(empty_store) == before and empty_store.event_record("r20")["version"] == version


def test_an_edit_of_own_cells_writes_the_row_records_it_and_is_found_by_its_words(empty_store, mini):
    empty_store.save(mini, user="importer")
    version = empty_store.event_record("r20")["version"]
    change = empty_store.edit_fields("r20", {"summary": "A zanzibarian proposal.", "round_number": "21"},
                                     expected_version=version, user="ana", action="review edit")
    assert (change.version, change.user, change.action) == (version + 1, "ana", "review edit")
    assert {k: v[1] for k, v in change.fields().items() if k != "updated_at"} == \
           {"summary": "A zanzibarian proposal.", "round_number": 21}
    record = empty_store.event_record("r20")
    assert record["version"] == version + 1 and record["event"]["summary"] == "A zanzibarian proposal."
    assert record["actors"] == change.before["actors"]  # the other rows as they were
    assert "r20" in set(empty_store.search_text("zanzibarian"))
    assert empty_store.edit_fields("r20", {"summary": "A zanzibarian proposal."}, expected_version=version + 1) is None
    assert len(empty_store.history("r20")) == 2


def test_an_edit_of_own_cells_from_an_older_version_is_a_conflict(empty_store, mini, fingerprint):
    empty_store.save(mini, user="importer")
    version = empty_store.event_record("r20")["version"]
    empty_store.edit_fields("r20", {"summary": "first"}, expected_version=version, user="ana")
    before = fingerprint(empty_store)
    with pytest.raises(EditConflict) as conflict:
        empty_store.edit_fields("r20", {"summary": "second"}, expected_version=version, user="ben")
    assert conflict.value.current["event"]["summary"] == "first"
    assert fingerprint(empty_store) == before
    with pytest.raises(KeyError):
        empty_store.edit_fields("no-such-event", {"summary": "x"}, expected_version=None)


def test_only_own_cells_are_edited_this_way():
    assert "process" not in OWN_CELLS and "actors" not in OWN_CELLS
    with pytest.raises(ValueError, match="process"):
        edited_row_values({"title": "t"}, {"process": "Astana format"}, "e1")


def test_a_stamp_at_midnight_is_written_as_a_save_writes_it():
    stored = {"title": "t", "event_type": "meeting", "status": "held", "start_date": "2023-01-02",
              "date_precision": "day", "review_state": "candidate", "created_at": "2023-01-02"}
    assert edited_row_values(stored, {"title": "u"}, "e1", now=dt.datetime(2024, 5, 6))["updated_at"] == "2024-05-06"
    assert edited_row_values(stored, {"title": "u"}, "e1", now=dt.datetime(2024, 5, 6, 1, 2, 3))["updated_at"] == \
           "2024-05-06T01:02:03"


def test_an_edit_keeps_a_leading_apostrophe_as_typed_and_as_stored(empty_store, mini):
    """The full edit read its cells as an export's formula-guarded cells: a summary typed "'=1+1 is the vote" was
    stored without its apostrophe, and so was a stored source title of an event whose sources were edited."""
    sources = mini.sources.copy()
    sources.loc[sources["event_id"] == "r20", "title"] = "'=Astana talks end"
    empty_store.save(mini.replace(sources=sources), user="importer")
    version = empty_store.event_record("r20")["version"]
    empty_store.edit_event("r20", {"summary": "'=1+1 is the vote"}, expected_version=version)
    record = empty_store.event_record("r20")
    assert record["event"]["summary"] == "'=1+1 is the vote"
    _, publisher, title, url, published = record["sources"][0]
    line = f"{publisher} | {published or ''} | {title} | {url or ''}"
    empty_store.edit_event("r20", {"sources": [line, "UN News | 2023-06-22 | Statement | https://news.un.org/x"]},
                           expected_version=version + 1)
    assert [s[2] for s in empty_store.event_record("r20")["sources"]][0] == "'=Astana talks end"


def test_the_stores_create_refuses_an_id_that_differs_from_a_stored_one_only_in_case(empty_store, mini, fingerprint):
    """The import, the flat check and the page's Add event compare ids without case (QA11); the store's own create,
    which `tracker.open(...).create` and the API reach, compared them exactly and added 'R20' beside 'r20'."""
    empty_store.save(mini, user="importer")
    before = fingerprint(empty_store)
    values = {"title": "Round twenty again", "event_type": "talk_round", "status": "held", "start_date": "2023-06-20",
              "sources": "TASS | 2023-06-21 | Talks | https://tass.com/x"}
    with pytest.raises(EditRefused, match="'R20' differs from stored event 'r20' only in case"):
        empty_store.create_event({**values, "event_id": "R20"})
    assert fingerprint(empty_store) == before
    assert empty_store.create_event({**values, "event_id": "r20-again"}).event_id == "r20-again"
