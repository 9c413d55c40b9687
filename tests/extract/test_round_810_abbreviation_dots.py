"""Round 810: the dot of an abbreviation ("U.S.", "U.N.", "a.m.", "p.m.", "Mr.", "Dec.") ends no clause, so a weekday
after it keeps the future verb before it; and the verb may stand far before its day when a long place comes between.
Sentences of our own (published Friday 2023-05-12, so the next Tuesday is 16 May and the last one 9 May)."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates
from tests.extract.own_text import typed_days

FRIDAY = dt.date(2023, 5, 12)


def _days(sentence: str) -> list[dt.date]:
    return [d.first for d in find_dates(sentence, FRIDAY)]


def test_future_verb_before_an_initialism() -> None:
    assert _days("Taliban negotiators will sit down with the U.S. envoy in Doha on Tuesday.") == [dt.date(2023, 5, 16)]
    assert _days("The Security Council is to meet the U.N. mediator in a private session on Tuesday.") == [dt.date(2023, 5, 16)]


def test_future_verb_before_a_clock_time() -> None:
    assert _days("The two presidents will hold their first talks at 3 p.m. on Tuesday.") == [dt.date(2023, 5, 16)]
    assert _days("Delegations are scheduled to meet at 9:30 a.m. local time (0630 GMT) on Tuesday.") == [dt.date(2023, 5, 16)]


def test_future_verb_before_a_title() -> None:
    assert _days("The envoy will brief Mr. Okafor and Gen. Diallo in Niamey on Tuesday.") == [dt.date(2023, 5, 16)]


def test_future_verb_before_a_long_place() -> None:
    assert _days("The round will be held at the Lakeside Pavilion, a government-owned guest house on the northern shore "
                 "of the lake outside the capital, at 10 a.m. on Tuesday.") == [dt.date(2023, 5, 16)]


def test_an_event_to_come_after_an_initialism(lexicon) -> None:
    events = typed_days("Ethiopian and Eritrean delegations will meet the U.N. envoy for the Horn of Africa in Nairobi on "
                        "Tuesday, the ministry said.", lexicon)
    assert ("meeting", dt.date(2023, 5, 16)) in events


def test_guard_past_verbs_and_real_stops() -> None:
    """The guards: a past verb after the initialism still dates back; a real full stop still ends the clause."""
    assert _days("The U.S. envoy met Taliban negotiators in Doha on Tuesday.") == [dt.date(2023, 5, 9)]
    assert _days("Negotiators met with the U.N. envoy on Tuesday.") == [dt.date(2023, 5, 9)]
    assert _days("Talks with the envoy met on Tuesday in Rome.") == [dt.date(2023, 5, 9)]
