"""The event form as plain data: record -> form inputs -> flat cells, and the form's own checks."""
from __future__ import annotations

import pytest

from tracker.dashboard.editor.form import (
    blank_form, changed_fields, conflict_rows, edited_fields, form_problems, form_to_values, merge, new_event_id,
    record_to_form,
)
from tracker.flat import tables_to_rows

RECORD = {
    "event_id": "astana-20", "title": "Astana talks, round 20", "event_type": "talk_round", "status": "held",
    "start_date": "2023-06-20", "end_date": "2023-06-21", "date_precision": "day", "process": "Astana format",
    "round_number": "20", "venue": "Astana", "venue_country": "KAZ", "summary": "Guarantors met.",
    "evidence": "The 20th round ended in Astana, the ministry said.", "tags": "syria; guarantors", "review_state": "confirmed",
    "actors": "Russia [guarantor]; Kazakhstan [host]; Côte d'Ivoire [observer]",
    "sources": "TASS | 2023-06-21 | Talks end | https://tass.com/1\nAFP | 2023-06-21T10:30 | A title | with | pipes | ",
    "quotes": '[1] Lavrentiev: "We agreed, on all points."\n[2] : "unattributed"',
    "links": "follows astana-19; refers_to geneva-1",
    "version": "3",
}


def test_record_to_form_splits_cells_into_rows():
    form = record_to_form(RECORD)
    assert form["title"] == "Astana talks, round 20" and form["round_number"] == "20"
    assert form["actors"] == [{"name": "Russia", "role": "guarantor"}, {"name": "Kazakhstan", "role": "host"},
                              {"name": "Côte d'Ivoire", "role": "observer"}]
    assert form["sources"][0] == {"publisher": "TASS", "published": "2023-06-21", "title": "Talks end",
                                  "url": "https://tass.com/1"}
    assert form["sources"][1] == {"publisher": "AFP", "published": "2023-06-21T10:30", "title": "A title | with | pipes",
                                  "url": ""}
    assert form["quotes"] == [{"source": "1", "speaker": "Lavrentiev", "text": "We agreed, on all points."},
                              {"source": "2", "speaker": "", "text": "unattributed"}]
    assert form["links"] == [{"link_type": "follows", "event_id": "astana-19"},
                             {"link_type": "refers_to", "event_id": "geneva-1"}]
    assert "version" not in form


def test_form_round_trips_to_the_same_cells():
    values = form_to_values(record_to_form(RECORD))
    for field, cell in values.items():
        expected = RECORD[field].replace("| \n", "|\n") if field == "sources" else RECORD[field]
        assert cell.rstrip() == expected.rstrip(), field


def test_every_shipped_event_round_trips(shipped):
    """Whatever the export writes for the shipped events, the form writes back cells that read the same."""
    for record in tables_to_rows(shipped).to_dict("records"):
        form = record_to_form(record)
        values = form_to_values(form)
        assert record_to_form(values) == form, record["event_id"]
        for field in ("title", "event_type", "status", "start_date", "end_date", "process", "venue", "actors", "links"):
            assert values[field] == str(record[field]).strip(), (record["event_id"], field)


def test_empty_rows_are_left_out_and_text_is_made_one_line():
    form = blank_form() | {"title": "Two\nlines", "start_date": "2024-01-02", "venue_country": "kaz",
                           "tags": "a;;b ; "}
    form["sources"] = [{"publisher": "Reuters", "published": "", "title": "T\nT", "url": ""}, {"publisher": "", "published": "",
                                                                                               "title": "", "url": ""}]
    form["links"] = [{"link_type": "", "event_id": ""}]
    values = form_to_values(form)
    assert values["title"] == "Two lines"
    assert values["venue_country"] == "kaz" and values["tags"] == "a; b"
    assert values["sources"] == "Reuters |  | T T | "
    assert record_to_form(values)["sources"] == [{"publisher": "Reuters", "published": "", "title": "T T", "url": ""}]
    assert values["actors"] == "" and values["links"] == "" and values["quotes"] == ""


@pytest.mark.parametrize("parts", [["Reuters", "", "", ""], ["TASS", "2031-03-04", "", ""], ["TASS", "", "", "https://t.co/1"],
                                   ["AFP", "2023-06-21", "A | piped title", ""], ["AFP", "", "T", "https://a.fr/x"]])
def test_a_source_line_always_reads_back(parts):
    """The spaced line of a source with no title and no address does not parse ("needs 4 fields")."""
    form = blank_form() | {"sources": [dict(zip(("publisher", "published", "title", "url"), parts))]}
    assert record_to_form(form_to_values(form))["sources"][0] == dict(zip(("publisher", "published", "title", "url"), parts))


def test_a_blank_form_names_what_it_lacks():
    problems = form_problems(blank_form())
    assert set(problems) == {"title", "start_date", "sources"}


@pytest.mark.parametrize(("group", "rows", "field", "words"), [
    ("actors", [{"name": "Russia", "role": ""}], "actors", "needs a role"),
    ("actors", [{"name": "", "role": "host"}], "actors", "no name"),
    ("actors", [{"name": "A; B", "role": "host"}], "actors", "cannot hold"),
    ("sources", [{"publisher": "", "published": "", "title": "x", "url": ""}], "sources", "needs a publisher"),
    ("sources", [{"publisher": "A | B", "published": "", "title": "x", "url": ""}], "sources", "'|'"),
    ("quotes", [{"source": "2", "speaker": "X", "text": "t"}], "quotes", "1 to 1"),
    ("quotes", [{"source": "1", "speaker": "X", "text": ""}], "quotes", "no text"),
    ("quotes", [{"source": "1", "speaker": 'X: "Y', "text": "t"}], "quotes", "speaker"),
    ("links", [{"link_type": "follows", "event_id": ""}], "links", "both"),
])
def test_row_problems_name_their_field(group, rows, field, words):
    form = blank_form() | {"title": "T", "start_date": "2024-01-01"}
    form["sources"] = [{"publisher": "TASS", "published": "", "title": "", "url": ""}]
    form[group] = rows
    problems = form_problems(form)
    assert list(problems) == [field] and words in problems[field]


def test_a_complete_form_has_no_problems():
    assert form_problems(record_to_form(RECORD)) == {}


def test_new_event_id_is_the_date_and_title_and_never_taken():
    values = {"start_date": "2023-06-20", "title": "Talks in Côte d'Ivoire!"}
    assert new_event_id(values, set()) == "2023-06-20-talks-in-cote-d-ivoire"
    assert new_event_id(values, {"2023-06-20-talks-in-cote-d-ivoire"}) == "2023-06-20-talks-in-cote-d-ivoire-2"
    assert new_event_id({}, set()) == "x"


def test_conflict_rows_show_only_what_the_other_person_changed():
    base = form_to_values(record_to_form(RECORD))
    current = base | {"status": "postponed", "venue": "Geneva", "updated_at": "2024-01-01T10:00"}
    mine = base | {"status": "cancelled", "summary": "Mine."}
    assert changed_fields(base, current) == ["status", "venue", "updated_at"]
    assert conflict_rows(base, current, mine) == [("Status", "held", "postponed", "cancelled"),
                                                 ("Venue", "Astana", "Geneva", "Astana")]


def test_an_edit_writes_only_the_fields_the_person_changed():
    base = dict(RECORD, created_at="2024-01-01", evidence="a sentence")
    mine = form_to_values(record_to_form(base)) | {"status": "postponed"}
    assert edited_fields(base, mine) == {"status": "postponed"}
    assert edited_fields(base, form_to_values(record_to_form(base))) == {}


def test_merge_takes_what_only_they_changed_and_keeps_what_we_both_changed():
    base = form_to_values(record_to_form(RECORD))
    theirs = base | {"status": "postponed", "venue": "Geneva", "actors": "Russia [guarantor]"}
    mine = base | {"status": "cancelled", "summary": "Mine."}
    merged, taken, kept = merge(base, theirs, mine)
    assert merged["status"] == "cancelled" and merged["venue"] == "Geneva" and merged["summary"] == "Mine."
    assert merged["actors"] == "Russia [guarantor]"
    assert taken == ["venue", "actors"] and kept == ["status"]
    assert merge(base, theirs, theirs)[2] == []  # we made the same change: nothing to keep


@pytest.mark.parametrize(("cell", "parts"), [("Reuters |  |  | ", ["Reuters", "", "", ""]),
                                             ("TASS | 2031-03-04 |  | ", ["TASS", "2031-03-04", "", ""])])
def test_the_exports_source_line_without_title_and_address_reads(cell, parts):
    """`tables_to_rows` writes these lines, which `parse_source_line` refuses ("needs 4 fields")."""
    assert record_to_form({"sources": cell})["sources"] == [dict(zip(("publisher", "published", "title", "url"), parts))]


def test_an_edit_of_an_event_whose_source_has_no_title_sends_only_what_changed():
    """The store re-reads every stored cell on an edit; "TASS |  |  | " (as the export writes it) reads back now,
    so the stored cell is left as it is."""
    base = dict(RECORD, sources="TASS |  |  | ")
    mine = form_to_values(record_to_form(base)) | {"status": "postponed"}
    assert edited_fields(base, mine) == {"status": "postponed"}
    assert edited_fields(base, form_to_values(record_to_form(base))) == {}  # nothing else changed: nothing sent


def test_each_remove_button_is_named_for_its_row() -> None:
    """A screen reader's list of buttons tells the rows apart (ux23: every one read 'Remove this actor')."""
    from tracker.dashboard.editor.layout import row, rows

    form = record_to_form(RECORD)
    names = [r.children[-1].to_plotly_json()["props"]["aria-label"] for r in rows("actors", form)]
    assert names == ["Remove this actor: Russia", "Remove this actor: Kazakhstan", "Remove this actor: Côte d'Ivoire"]
    sources = [r.children[-1].to_plotly_json()["props"]["aria-label"] for r in rows("sources", form)]
    assert sources[0] == "Remove this source: TASS, 2023-06-21"
    links = rows("links", form, titles={"astana-19": "Astana talks, round 19"})
    assert links[0].children[-1].to_plotly_json()["props"]["aria-label"] == "Remove this link: Astana talks, round 19"
    assert row("actors", {}).children[-1].to_plotly_json()["props"]["aria-label"] == "Remove this actor"  # a new row
