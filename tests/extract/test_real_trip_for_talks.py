"""A trip for talks is the talks (round 177; docs/extraction.md, "Types": arrivals of delegations for talks belong to
the talks): "… Ali Shamkhani traveling to Beijing on March 6 for talks with the Saudis" (240) was a visit, or nothing
when no visit verb stood near. "Travelled / traveling / flew / arrived to (in) <Place> … for talks / negotiations
with" is now the talks of that day, and an undated act told before it with "followed by", ", then" or "before" keeps
no day of the talks ("after X visited China, followed by Y traveling to Beijing on March 6"). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_traveling_for_talks_is_the_talks(lexicon) -> None:
    text = ("The breakthrough came after the Peruvian president visited Bolivia, followed by security chief Luis Vera "
            "traveling to Santiago on March 6 for talks with the Chileans.")
    # the undated visit of the lead is no main event beside the dated talks (round 483; label 240 has no such visit)
    assert typed_days(text, lexicon) == [("meeting", dt.date(2023, 3, 6))]


def test_travelled_for_talks_is_the_talks(lexicon) -> None:
    text = "Security chief Luis Vera travelled to Santiago on March 6 for talks with the Chileans."
    assert typed_days(text, lexicon) == [("meeting", dt.date(2023, 3, 6))]


def test_travelled_for_a_holiday_is_a_visit(lexicon) -> None:
    """A guard: a trip for anything else stays a visit."""
    assert typed_days("Luis Vera travelled to Santiago on March 6 for a holiday.", lexicon) == [("visit", dt.date(2023, 3, 6))]
