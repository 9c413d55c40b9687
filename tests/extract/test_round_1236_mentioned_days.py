"""Round 1236: a year-less day that a past clause only mentions is not put a year back.

A past verb keeps a year-less day on or before publication, which is right when the verb tells the day's own act ("met
on May 3"). It put a year back the days a past clause names for another, later act: one agreed or proposed ("agreed to
a further session on 12-13 June"), one awaited ("was waiting for the panel's findings on 2 June"), one after "ahead of"
or "until". These now take the year nearest
publication, no later than `date_parts.PLAN_AHEAD` after it (`mentioned_days.mentioned`, read by `date_parts.plan_tense`).
With it, "in May, 2023" (a comma before the year) is read as that month of that year, not as a year-less May.
Sentences of our own, published Friday 2023-05-12. Guards: a past act keeps its day of the past, even close ahead; a
mentioned day far ahead stays past; a plan told in the future is unchanged.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import date_spans
from tracker.extract.mentioned_days import mentioned

PUBLISHED = dt.date(2023, 5, 12)


def _spans(text: str) -> list[tuple[dt.date, dt.date]]:
    return date_spans(text, PUBLISHED)


@pytest.mark.parametrize("text, span", [
    ("The negotiators agreed to a further session of the joint commission in Geneva on 12-13 June.",
     (dt.date(2023, 6, 12), dt.date(2023, 6, 13))),
    ("Ankara proposed fresh consultations around June 20, a diplomat said.", (dt.date(2023, 6, 20), dt.date(2023, 6, 20))),
    ("The envoy said Brussels was waiting for the panel's findings on 2 June before acting.",
     (dt.date(2023, 6, 2), dt.date(2023, 6, 2))),
    ("The delegations conferred twice in Doha ahead of a donors' conference on May 30.",
     (dt.date(2023, 5, 30), dt.date(2023, 5, 30))),
    ("The rebels announced a truce that they kept until June 1.", (dt.date(2023, 6, 1), dt.date(2023, 6, 1))),
    ("The two ministers agreed to a new session in early July, the ministry said.",
     (dt.date(2023, 7, 1), dt.date(2023, 7, 10))),
])
def test_a_mentioned_day_close_ahead_is_this_year(text: str, span: tuple) -> None:
    assert _spans(text) == [span]


def test_a_year_after_a_comma() -> None:
    assert _spans("Caracas first floated the idea in May, 2022, officials recalled.") == [
        (dt.date(2022, 5, 1), dt.date(2022, 5, 31))]


@pytest.mark.parametrize("text, span", [
    # a past act told on its day keeps the day of the past, even when this year's lies just ahead
    ("The two ministers met in Geneva on 12-13 June.", (dt.date(2022, 6, 12), dt.date(2022, 6, 13))),
    ("The accord was signed on June 2.", (dt.date(2022, 6, 2), dt.date(2022, 6, 2))),
    # a mentioned day far ahead this year stays in the year gone
    ("The negotiators agreed to a further session of the joint commission on 14 November.",
     (dt.date(2022, 11, 14), dt.date(2022, 11, 14))),
    # a day as a noun's attribute is no cue: a deal named by its day is one gone (round 980)
    ("The envoys gathered in Kampala to review the 27 June ceasefire accord.", (dt.date(2022, 6, 27), dt.date(2022, 6, 27))),
    # a plan told in the future and a past act of the weeks before are unchanged
    ("The joint commission will meet on 12-13 June.", (dt.date(2023, 6, 12), dt.date(2023, 6, 13))),
    ("The negotiators agreed on 2 May to a further session.", (dt.date(2023, 5, 2), dt.date(2023, 5, 2))),
])
def test_guards(text: str, span: tuple) -> None:
    assert _spans(text) == [span]


@pytest.mark.parametrize("text, expected", [
    ("They agreed to another round on ", True),
    ("They were preparing for a summit on ", True),
    ("They met twice ahead of the vote on ", True),
    ("It came with the ", False),
    ("They met in Geneva on ", False),
    ("The accord was signed in the Vienna-based agency's hall on ", False),
    ("They said. The talks on ", False),
])
def test_the_reading_itself(text: str, expected: bool) -> None:
    assert mentioned(text, len(text)) is expected
