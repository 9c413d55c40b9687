"""A meeting's days told in two sentences (round 552): "met in Mexico City on Thursday" and, below, "Talks began
Wednesday." were one gathering dated Thursday alone: a round's start and end sentences widened its span, a meeting's
did not. Now a sentence that tells where a held meeting or summit began or ended, within a week of its day, widens it
too. Sentences of our own (published Friday 12 May 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

BODY = ("Delegates of the Venezuelan government and the opposition met in Mexico City on Thursday, the Norwegian mediators "
        "said.\n\nThe sessions are closed to the press. Talks began Wednesday.")


def _gathering(extraction):
    return next(c for c in extraction.events if c.event_type in ("meeting", "talk_round"))


def test_the_day_the_talks_began_opens_the_span(lexicon) -> None:
    talks = _gathering(extract_own(BODY, lexicon))
    assert (talks.first, talks.last) == (dt.date(2023, 5, 10), dt.date(2023, 5, 11))


def test_a_meeting_told_once_keeps_its_day(lexicon) -> None:
    """A guard: without the sentence of its start, the meeting is Thursday's."""
    talks = _gathering(extract_own(BODY.split("\n\n")[0], lexicon))
    assert (talks.first, talks.last or talks.first) == (dt.date(2023, 5, 11), dt.date(2023, 5, 11))
