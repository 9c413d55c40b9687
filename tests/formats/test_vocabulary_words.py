"""Type, status, precision and review-state cells are read as people and the page write them ("Talk round", "Held",
"talk-round"), in a flat CSV and a TimelineJS JSON alike; a word that is none of them is still refused by name."""
import pytest

from tracker.importers import read_events
from tracker.models import EVENT_TYPES

from .helpers import event

HEADER = "event_id,title,event_type,status,start_date,date_precision,review_state,actors,sources\n"
SOURCE = "Interfax | 2023-06-22 | t | https://interfax.com/a"


@pytest.mark.parametrize("written, stored", [
    (("Talk round", "Held", "Day", "Confirmed"), ("talk_round", "held", "day", "confirmed")),
    (("talk-round", "SCHEDULED", "month", "candidate"), ("talk_round", "scheduled", "month", "candidate")),
    (("TALK_ROUND", " held ", "Year", "Rejected"), ("talk_round", "held", "year", "rejected")),
])
def test_a_flat_row_takes_the_words_as_written(tmp_path, shipped, written, stored):
    event_type, status, precision, review_state = written
    start = {"Day": "2023-06-21", "month": "2023-06", "Year": "2023"}[precision]
    path = tmp_path / "words.csv"
    path.write_text(HEADER + f"w-1,Round 21,{event_type},{status},{start},{precision},{review_state},"
                    f"Kazakhstan [host],{SOURCE}\n", encoding="utf-8")
    tables, problems, _, _ = read_events(path, shipped)
    assert not [p for p in problems if p.severity == "error"], problems
    row = event(tables, "w-1")
    assert (row["event_type"], row["status"], row["date_precision"], row["review_state"]) == stored


def test_a_word_of_no_vocabulary_is_still_refused_by_name(tmp_path, shipped):
    path = tmp_path / "words.csv"
    path.write_text(HEADER + f"w-1,Round 21,Talk parade,held,2023-06-21,day,confirmed,Kazakhstan [host],{SOURCE}\n",
                    encoding="utf-8")
    _, problems, _, _ = read_events(path, shipped)
    assert [p.reason for p in problems if p.severity == "error" and p.column == "event_type"] == [
        "unknown event type 'Talk parade'; use one of: " + ", ".join(EVENT_TYPES)]


def test_a_timelinejs_type_line_as_the_page_writes_it(tmp_path, shipped):
    path = tmp_path / "story.json"
    path.write_text('{"events": [{"unique_id": "t-1", "start_date": {"year": 2024, "month": 3, "day": 5}, '
                    '"text": {"headline": "Round 4", "text": "<p>Type: talk round</p>"}, "group": "Geneva process", '
                    '"media": {"url": "https://example.org/m", "credit": "Wire"}}]}', encoding="utf-8")
    tables, problems, fmt, _ = read_events(path, shipped)
    assert fmt == "timelinejs" and not [p for p in problems if p.severity == "error"], problems
    assert event(tables, "t-1")["event_type"] == "talk_round"
