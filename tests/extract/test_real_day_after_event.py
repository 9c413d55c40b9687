"""A day told relative to the event just reported (round 182): "X met Y in Lima on Tuesday. A day later, he met Z" gave
the second meeting the Tuesday of the first (an undated meeting takes the day of the event just reported). "The
following / next day", "a day later", "two days later" now add their days to the latest day-precise event the text
dated before it; "on the same day" and "later that day" keep its day. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days
from tracker.extract.sequels import sequel_days

FIRST = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi in Lima on Tuesday. "


def test_a_day_later(lexicon) -> None:
    body = FIRST + "A day later, he met Bolivian Foreign Minister Celinda Sosa."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 9)), ("meeting", dt.date(2023, 5, 10))]


def test_two_days_later(lexicon) -> None:
    body = FIRST + "Two days later, Bolivian Foreign Minister Celinda Sosa met Peruvian President Dina Boluarte."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 9)), ("meeting", dt.date(2023, 5, 11))]


def test_the_same_day_keeps_the_day(lexicon) -> None:
    """A guard: "on the same day" is the day of the event before it, and a phrase that names no day is none."""
    body = FIRST + "On the same day, Bolivian Foreign Minister Celinda Sosa met Peruvian President Dina Boluarte."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 9)), ("meeting", dt.date(2023, 5, 9))]
    assert sequel_days("The talks will resume in the coming days.") is None
    assert sequel_days("The next day, the envoys met again.") == 1
