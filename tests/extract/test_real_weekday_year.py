"""A weekday without "on" fixes a year-less dateline's year (round 76): wire copy writes "said Wednesday", "met
Tuesday"; only "on Wednesday" had counted, so "LIMA, April 13 (Wire) - … discussed the treaty Wednesday" took the latest
past April 13 instead of the latest one that is a Wednesday. "last Wednesday" and "Wednesday, May 3" fix nothing.
Layouts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text


def test_a_bare_weekday_fixes_the_year(lexicon) -> None:
    text = "LIMA, April 13 (Wire) - The foreign ministers of Chile and Peru discussed the border treaty Wednesday."
    assert extract_text(text, lexicon, today=dt.date(2026, 12, 1)).article.anchor == dt.date(2022, 4, 13)


def test_last_weekday_fixes_nothing(lexicon) -> None:
    """A guard: "last Wednesday" is another day than the dateline's, so the latest past April 13 stays."""
    text = "LIMA, April 13 (Wire) - The foreign ministers of Chile and Peru met last Wednesday."
    assert extract_text(text, lexicon, today=dt.date(2026, 12, 1)).article.anchor == dt.date(2026, 4, 13)
