"""Round 602: an arrival to come ("will arrive in Baku on Tuesday", "is due to arrive in Kabul") is a visit, as one
that "arrived in" is; one "for talks with" someone is the talks, as in the past. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_an_arrival_to_come_is_a_visit(lexicon) -> None:
    assert typed_days("The Turkish president will arrive in Baku on Tuesday.", lexicon) == [("visit", dt.date(2023, 5, 16))]


def test_due_to_arrive_is_a_visit(lexicon) -> None:
    assert [kind for kind, _ in typed_days("The envoy is due to arrive in Kabul on Sunday.", lexicon)] == ["visit"]


def test_guard_an_arrival_for_talks_is_the_talks(lexicon) -> None:
    days = typed_days("The delegation will arrive in Geneva on Monday for talks with the opposition.", lexicon)
    assert not any(kind == "visit" for kind, _ in days)
