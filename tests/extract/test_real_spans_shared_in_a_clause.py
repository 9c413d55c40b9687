"""An act dated by the other act of its clause takes that act's span (round 112): "When they last met, in November
2022, the two sides agreed to create a joint fund" dated the agreement 1 November, day precision (the first day of the
meeting's month), where the text gives the month. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last, c.precision) for c in extract_own(body, lexicon).events]


def test_an_agreement_at_a_meeting_of_a_month(lexicon) -> None:
    body = "When they last met, in November 2022, the two sides agreed to create a joint fund."
    assert _spans(body, lexicon)[-1] == ("agreement", dt.date(2022, 11, 1), dt.date(2022, 11, 30), "month")


def test_a_day_stays_a_day(lexicon) -> None:
    """A guard: "meeting in Lima on Tuesday agreed" is that Tuesday."""
    body = "Ministers of Chile and Peru meeting in Lima on Tuesday agreed to reopen the border crossing."
    assert ("agreement", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day") in _spans(body, lexicon)
