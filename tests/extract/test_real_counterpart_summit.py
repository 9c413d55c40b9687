"""A head of state's counterpart (round 74): "President X met her Peruvian counterpart Y" is two heads of state meeting,
a summit, as the guideline's types have it (the counterpart's title, "counterpart", was not read as a head's); a foreign
minister's counterpart stays a minister. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_presidents_counterpart_makes_a_summit(lexicon) -> None:
    text = "Chilean President Ana Soto met her Peruvian counterpart Luis Vera in Lima on Monday."
    assert typed_events(text, lexicon) == [("summit", dt.date(2023, 5, 8), ["Ana Soto", "Chile", "Luis Vera", "Peru"])]


def test_a_ministers_counterpart_makes_a_meeting(lexicon) -> None:
    """A guard."""
    text = "Chilean Foreign Minister Ana Soto met her Peruvian counterpart Luis Vera in Lima on Monday."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting"]
