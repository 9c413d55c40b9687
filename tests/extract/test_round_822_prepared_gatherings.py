"""Round 822: words that tell a gathering as being prepared ("a meeting is being prepared", "Ankara is arranging a
meeting", "preparations are under way for a summit") make a future event known, so they are an `announcement` (the
guideline's own example, "is being prepared"). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types



@pytest.mark.parametrize("body", [
    "The Kremlin said on Thursday that a Putin-Erdogan meeting was being prepared.",
    "Turkish officials said on Thursday that Ankara is preparing a meeting of the foreign ministers of Russia and Ukraine.",
    "Kremlin spokesman Dmitry Peskov said on Thursday that preparations were under way for a Putin-Erdogan summit.",
    "A visit by the Turkish president to Moscow is being arranged, Kremlin spokesman Dmitry Peskov told reporters on Thursday.",
    "The Egyptian foreign minister said on Thursday that Cairo was organising a new round of talks between the two sides.",
    'Peskov told reporters on Thursday: "We are now preparing a meeting of the two presidents."',
])
def test_a_gathering_being_prepared_makes_an_announcement(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["announcement"]


@pytest.mark.parametrize("body", [
    "Armenia and Azerbaijan are preparing for peace talks, Armenia's foreign ministry said on Thursday.",
    "Peskov said on Thursday that the talks had been well prepared.",
    "The Egyptian foreign minister said on Thursday that the two sides were preparing the ground for talks.",
])
def test_guard_readiness_or_a_past_preparation_stays_a_statement(body: str, lexicon) -> None:
    """The guard: a party's readiness, a preparation done, the ground prepared: no gathering made known."""
    assert event_types(body, lexicon) == ["statement"]
