"""An adverb between a modal and its verb (round 113): "He will also meet X on Tuesday", "would later visit Quito",
"will then travel to Lima" gave no event (the trigger phrases wanted the verb right after "will", "would" or "to");
"also", "then", "later", "likely", "probably", "soon", "again", "first" … may now stand between. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_will_also_meet(lexicon) -> None:
    body = "The Chilean foreign minister will also meet Peruvian Foreign Minister Ana Gervasi on Tuesday."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 16))]


def test_would_later_visit_and_will_then_travel(lexicon) -> None:
    assert typed_days("The Chilean minister would later visit Quito on May 20.", lexicon) == [("visit", dt.date(2023, 5, 20))]
    assert typed_days("The Chilean minister will then travel to Lima on Thursday.", lexicon) == [("visit", dt.date(2023, 5, 18))]


def test_a_round_that_will_also_be_held(lexicon) -> None:
    body = "The next round of the border talks will also be held in Arica on June 3."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 6, 3))]
