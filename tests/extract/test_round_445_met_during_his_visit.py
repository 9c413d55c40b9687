"""Round 445: "X met Y on Tuesday during her first official visit to Z" made a meeting beside the visit; the guideline
files meetings held during a visit under the visit unless the text dates them apart (round 442's fold, now with "during
his / her / their / the … visit" as the link). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_met_during_her_first_official_visit(lexicon) -> None:
    days = typed_days("Norwegian Foreign Minister Kari Nordmann met Zambian Foreign Minister Mulambo Haimbe on Tuesday "
                      "during her first official visit to Zambia.", lexicon)
    assert [t for t, _ in days] == ["visit"]


def test_guard_met_after_the_visit_stays_a_meeting(lexicon) -> None:
    days = typed_days("Norwegian Foreign Minister Kari Nordmann met Zambian Foreign Minister Mulambo Haimbe in Oslo on "
                      "Tuesday.", lexicon)
    assert ("meeting", dt.date(2023, 5, 9)) in days
