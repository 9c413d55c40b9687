"""Round 606: leaving a town after a visit ("The president left Baku on Monday after a two-day visit to Azerbaijan")
reports the visit, as leaving it after talks reports the talks (round 131). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_left_a_town_after_a_visit_is_the_visit(lexicon) -> None:
    days = typed_days("The Kenyan president left Baku on Wednesday after a two-day historic visit to Azerbaijan.", lexicon)
    assert ("visit", dt.date(2023, 5, 10)) in days


def test_guard_left_after_talks_is_still_the_talks(lexicon) -> None:
    days = typed_days("The envoy left Geneva on Wednesday after talks with the opposition.", lexicon)
    assert [kind for kind, _ in days] == ["meeting"]
