"""Round 815: a page's dated stamp glued before a lead that opens with its own date ("May 11, 2023 On May 9 and 10, the
… round was held") is when the page was put out; the lead's date dates the event. A stamp before a lead with no date of
its own still dates it, as before. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last) for c in extract_own(body, lexicon).events]


def test_stamp_then_on_two_days(lexicon) -> None:
    assert _spans("May 11, 2023 On May 9 and 10, the third round of the Peru-Chile consultations on maritime affairs was "
                  "held in Lima.", lexicon) == [("talk_round", dt.date(2023, 5, 9), dt.date(2023, 5, 10))]


def test_day_first_stamp_then_on_a_weekday(lexicon) -> None:
    assert _spans("11 May 2023 On Tuesday, the foreign ministers of Peru and Chile met in Lima.", lexicon) == \
        [("meeting", dt.date(2023, 5, 9), dt.date(2023, 5, 9))]


def test_stamp_then_yesterday(lexicon) -> None:
    assert _spans("10 May 2023 Yesterday, the foreign ministers of Peru and Chile held talks in Lima.", lexicon) == \
        [("meeting", dt.date(2023, 5, 11), dt.date(2023, 5, 11))]


def test_stamp_then_from_to(lexicon) -> None:
    events = _spans("2023-05-11 From 8 to 10 May, delegations of Peru and Chile held consultations in Lima.", lexicon)
    assert events and events[0][1:] == (dt.date(2023, 5, 8), dt.date(2023, 5, 10))


def test_guard_stamp_before_an_undated_lead(lexicon) -> None:
    """The guards: with no date of the lead's own, the stamp still dates it; "In Lima" is a place, not a date."""
    assert _spans("May 11, 2023 The foreign ministers of Peru and Chile met in Lima.", lexicon) == \
        [("meeting", dt.date(2023, 5, 11), dt.date(2023, 5, 11))]
    assert _spans("May 11, 2023 In Lima, the foreign ministers of Peru and Chile met.", lexicon) == \
        [("meeting", dt.date(2023, 5, 11), dt.date(2023, 5, 11))]
