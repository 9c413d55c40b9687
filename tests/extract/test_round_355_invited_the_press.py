"""Round 355: "invited journalists to a briefing" was read as a proposal (the verb "invited", as in "invited the parties
to talks"); asking the press to come calls on no one to act in the process. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_invited_journalists_is_no_proposal(lexicon) -> None:
    days = typed_days("On Wednesday, the African Union invited journalists to what it called a briefing by its envoy.",
                      lexicon)
    assert "proposal" not in [t for t, _ in days]


def test_guard_invited_the_parties_to_talks(lexicon) -> None:
    days = typed_days("Qatar invited the two sides to a new round of talks in Doha on Monday.", lexicon)
    assert "proposal" in [t for t, _ in days]
