"""Round 1235: a year-less day of a plan told in the past is not moved into next year.

Seen by the lead on the untuned batch: an article of late 2025 saying a round "was scheduled for May 3 but it was
postponed" dated it May 2026, because a plan told in the simple past (round 812) or named by its participle and called
off (round 1096) took the year nearest publication, and in December next May is nearer than the May gone. Such a plan
may still lie a little ahead ("was scheduled for next month"), but not most of a year: the nearest year, no later than
`date_parts.PLAN_AHEAD` (92 days) after publication. The same reading now covers the "be to" future told in the past
("was to be held on") and a participle plan whose clause says it was moved or never took place. Sentences of our own, published 2025-12-10 and 2025-03-20.
Guards: a plan told in the future keeps the next such day; a past-told plan a few weeks ahead stays ahead; a given year
stays; past acts keep the last such day.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract import date_parts
from tracker.extract.dates import find_dates, nearest_year

DECEMBER = dt.date(2025, 12, 10)
MARCH = dt.date(2025, 3, 20)


def _spans(text: str, anchor: dt.date = DECEMBER) -> list[tuple[dt.date, dt.date]]:
    return [(d.first, d.last) for d in find_dates(text, anchor)]


@pytest.mark.parametrize("text, span", [
    ("The envoys' third session was planned for April 28, but the host government put it off.",
     (dt.date(2025, 4, 28), dt.date(2025, 4, 28))),
    ("Ministers of the four states were due to convene on 6 June before the border flared up again.",
     (dt.date(2025, 6, 6), dt.date(2025, 6, 6))),
    ("A signing ceremony, slated for 14-15 May, has been called off without explanation.",
     (dt.date(2025, 5, 14), dt.date(2025, 5, 15))),
    ("The consultations were originally meant to open in May.", (dt.date(2025, 5, 1), dt.date(2025, 5, 31))),
    # the "be to" future told in the past, and a participle plan whose clause says it never happened or was moved
    ("The border commission was to be convened on 21 April, officials recalled.", (dt.date(2025, 4, 21), dt.date(2025, 4, 21))),
    ("A second summit, first planned for April 28, never took place.", (dt.date(2025, 4, 28), dt.date(2025, 4, 28))),
    ("The envoys' trip set for 6 June did not go ahead.", (dt.date(2025, 6, 6), dt.date(2025, 6, 6))),
    ("The ceremony scheduled for 14-15 May was moved at the last minute.", (dt.date(2025, 5, 14), dt.date(2025, 5, 15))),
])
def test_a_past_plan_keeps_the_year_gone(text: str, span: tuple) -> None:
    assert _spans(text) == [span]


def test_the_year_rule_itself() -> None:
    """Next May is nearer to 10 December than last May, but further than the plan's reach."""
    assert nearest_year(5, 3, DECEMBER) == dt.date(2026, 5, 3)
    assert nearest_year(5, 3, DECEMBER, date_parts.PLANNED) == dt.date(2025, 5, 3)
    assert nearest_year(1, 20, DECEMBER, date_parts.PLANNED) == dt.date(2026, 1, 20)


@pytest.mark.parametrize("text, anchor, span", [
    # a plan told in the future: the next such day, even most of a year ahead
    ("The envoys' third session is planned for April 28.", DECEMBER, (dt.date(2026, 4, 28), dt.date(2026, 4, 28))),
    # a past-told plan a few weeks ahead stays ahead
    ("The envoys' third session was planned for January 12, diplomats said.", DECEMBER,
     (dt.date(2026, 1, 12), dt.date(2026, 1, 12))),
    ("The ministers were due to convene on April 2, but the meeting has been called off.", MARCH,
     (dt.date(2025, 4, 2), dt.date(2025, 4, 2))),
    # a year given stays; a past act keeps the last such day
    ("The envoys' third session was planned for April 28, 2026.", DECEMBER, (dt.date(2026, 4, 28), dt.date(2026, 4, 28))),
    ("The envoys held their third session on April 28.", DECEMBER, (dt.date(2025, 4, 28), dt.date(2025, 4, 28))),
    # a participle plan that still stands is to come
    ("A second summit, first planned for April 28, will take place in Nairobi.", DECEMBER,
     (dt.date(2026, 4, 28), dt.date(2026, 4, 28))),
])
def test_guards(text: str, anchor: dt.date, span: tuple) -> None:
    assert _spans(text, anchor) == [span]


def test_through_the_rule_stage(lexicon) -> None:
    """The lead's shape in words of our own: the postponed round keeps the May gone (2026 at a595054e)."""
    body = ("The fourth round of talks between Armenia and Azerbaijan in Almaty was scheduled for May 3, but it was "
            "postponed, the Kazakh foreign ministry said on Tuesday.")
    events = extract_own(body, lexicon, published="2025-12-10", learned=False).events
    assert [(c.first, c.last) for c in events if c.event_type == "talk_round"] == [(dt.date(2025, 5, 3), dt.date(2025, 5, 3))]
