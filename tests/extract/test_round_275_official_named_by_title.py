"""An official named again by state and title (round 275): "The Peruvian envoy said" after "Peruvian envoy Ana Soto
met …" is Ana Soto, not Peru alone; with two such officials named before, neither. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _statements(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events if c.event_type == "statement"]


def test_the_envoy_named_again_by_state_and_title(lexicon) -> None:
    body = ("Ana Soto, the Peruvian ambassador to Chile, met Chilean officials in Lima on Monday. "
            "The Peruvian ambassador said she expected a deal soon.")
    assert ["Ana Soto", "Peru"] in _statements(body, lexicon)


def test_the_minister_named_again(lexicon) -> None:
    body = ("Peruvian Foreign Minister Ana Soto met Chilean officials in Lima on Monday. "
            "The Peruvian minister said on Tuesday she expected a deal soon.")
    assert ["Ana Soto", "Peru"] in _statements(body, lexicon)


def test_guard_two_such_officials_give_no_person(lexicon) -> None:
    body = ("Peruvian envoy Ana Soto and Peruvian envoy Luis Mesa met Chilean officials in Lima on Monday. "
            "The Peruvian envoy said she expected a deal soon.")
    assert all("Ana Soto" not in s and "Luis Mesa" not in s for s in _statements(body, lexicon))
