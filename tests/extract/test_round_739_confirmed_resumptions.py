"""Round 739: words that confirm or announce the resumption, start or opening of talks make them known: an
announcement; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def _types(body: str, lexicon) -> list[str]:
    return [event_type for event_type, _ in typed_actors(body, lexicon)]


def test_a_confirmed_resumption_is_an_announcement(lexicon) -> None:
    assert _types("Peruvian Foreign Minister Ana Soto confirmed the resumption of negotiations, saying her goal is peace.",
                  lexicon) == ["announcement"]
    assert _types("Peruvian Foreign Minister Ana Soto confirmed on Monday the start of a new round of talks with Chile.",
                  lexicon) == ["announcement"]


def test_an_announced_resumption_is_an_announcement(lexicon) -> None:
    assert _types("Peru announced on Monday the resumption of talks with the rebels.", lexicon) == ["announcement"]


def test_other_things_confirmed_or_welcomed_stay_statements(lexicon) -> None:
    """Guards: a confirmed fact that is no gathering, and a resumption welcomed (no one makes it known)."""
    assert _types("Peruvian Foreign Minister Ana Soto confirmed the death of a soldier on Monday.", lexicon) == [
        "statement"]
    assert _types("Peruvian Foreign Minister Ana Soto welcomed the resumption of negotiations on Monday.", lexicon) == [
        "statement"]
