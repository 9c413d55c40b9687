"""An event named by its day is not the words' day (round 256): "Chile and Peru reaffirmed their commitment to the
October 5 border agreement" dated the words October 5 (the only date of the sentence went to the only trigger, the
speech verb). A date that names an event ("the October 5 agreement", "the March 2 summit") is no longer a speech act's
own; the words are dated as any "said" without a day. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _said(body: str, lexicon) -> list[dt.date | None]:
    return [c.first for c in extract_own(body, lexicon).events if c.event_type in ("statement", "proposal", "announcement")]


def test_an_accord_named_by_its_day(lexicon) -> None:
    assert _said("Chile and Peru reaffirmed their commitment to the October 5 border agreement.", lexicon) == [dt.date(2023, 5, 12)]


def test_the_words_own_day_stays(lexicon) -> None:
    """A guard: a day that is no event's name dates the words."""
    assert _said("Chile and Peru on May 10 reaffirmed their commitment to the border agreement.", lexicon) == [dt.date(2023, 5, 10)]
