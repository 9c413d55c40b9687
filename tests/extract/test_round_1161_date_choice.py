"""Round 1161: the learned choice of the day of an event the rules left undated (tracker/extract/date_choice.py).
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.date_choice import MODEL, SWITCH, choose_dates, decide, features, pool, rules_span
from tracker.extract.linear import load_model

FRIDAY = dt.date(2023, 5, 12)  # the publication day of `extract_own`
TODAY = (FRIDAY, FRIDAY, "day")
NONE = (None, None, None)


def _meeting(sentence: str, first: dt.date | None = None) -> Candidate:
    c = Candidate("meeting", 0, 0, evidence=[sentence])
    if first is not None:
        c.first, c.last, c.precision, c.dated_by = first, first, "day", "text"
    return c


def test_the_days_in_view_are_the_sentences_dates_the_publication_day_and_none() -> None:
    c = _meeting("The two envoys met in Oslo on Tuesday, a week after a call on May 2.")
    pooled = pool(c, FRIDAY)
    assert set(pooled) == {NONE, TODAY, (dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day"),
                           (dt.date(2023, 5, 2), dt.date(2023, 5, 2), "day")}
    assert pooled[NONE].origins == {"rules", "none"} and pooled[TODAY].origins == {"publication"}
    assert "before=in_oslo" in pooled[(dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")].cues


def test_the_features_are_strings_naming_where_each_day_comes_from() -> None:
    c = _meeting("The minister said today that her meeting with the envoy had ended.")
    pooled = pool(c, FRIDAY)
    rows = features(c, pooled[TODAY], rules_span(c), FRIDAY)
    assert {"type=meeting", "origin=publication+sentence0", "from_anchor=0", "cue=near_said"} <= set(rows)
    assert all(isinstance(f, str) for f in rows)


def test_an_undated_event_takes_a_day_only_at_the_threshold() -> None:
    pooled = dict.fromkeys([NONE, TODAY])
    assert decide(pooled, {NONE: 0.1, TODAY: SWITCH}, NONE) == TODAY
    assert decide(pooled, {NONE: 0.1, TODAY: SWITCH - 0.01}, NONE) == NONE
    assert decide(pooled, {NONE: 0.7, TODAY: 0.6}, NONE) == NONE  # the rules' none more likely: it stands


def test_a_dated_event_and_a_page_without_a_date_are_left_alone() -> None:
    dated = _meeting("The minister said today that her meeting with the envoy had ended.", dt.date(2023, 5, 8))
    assert choose_dates([dated], FRIDAY)[0].first == dt.date(2023, 5, 8)
    undated = _meeting("The minister said today that her meeting with the envoy had ended.")
    assert choose_dates([undated], None)[0].first is None


def test_the_shipped_model_dates_a_meeting_said_today_to_have_ended(lexicon) -> None:
    assert load_model(MODEL).classes == ("right", "wrong")
    body = "The foreign minister said today that his meeting with the visiting Chinese envoy had concluded."
    rules = [c for c in extract_own(body, lexicon, learned=False).events if c.event_type == "meeting"]
    assert [c.first for c in rules] == [None]  # the rules give "today" to the speech verb alone
    learned = [c for c in extract_own(body, lexicon).events if c.event_type == "meeting"]
    assert [(c.first, c.last, c.precision) for c in learned] == [TODAY]


def test_the_shipped_model_dates_a_planned_meeting_called_off_last_week(lexicon) -> None:
    body = "Rebel commanders expressed anger last week after government officials canceled their planned meeting with the president."
    rules = [c for c in extract_own(body, lexicon, learned=False).events if c.event_type == "meeting"]
    assert [c.first for c in rules] == [None]
    learned = [c for c in extract_own(body, lexicon).events if c.event_type == "meeting"]
    assert [(c.first, c.last) for c in learned] == [(dt.date(2023, 5, 1), dt.date(2023, 5, 7))]


def test_an_undated_plan_with_no_day_in_view_stays_undated(lexicon) -> None:
    body = "Ghana and Togo will hold a new round of border talks, the foreign ministry said."
    events = [c for c in extract_own(body, lexicon).events if c.event_type in ("talk_round", "meeting")]
    assert all(c.first is None for c in events)
