"""A state's National Security Council is not the UN Security Council (round 368): "Ana Soto, the secretary of Peru's
National Security Council, met Chilean officials" made the UN Security Council a party, "Security Council" being one of
its names. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_a_national_security_council_is_no_un_body(lexicon) -> None:
    body = "Peru's National Security Council met Chilean officials in Lima on Monday to discuss the border."
    actors = _actors(body, lexicon)
    assert actors and all("UN Security Council" not in a for a in actors)


def test_guard_the_security_council_is_the_un_s(lexicon) -> None:
    body = "The Security Council met in New York on Monday to discuss the border between Chile and Peru."
    assert any("UN Security Council" in a for a in _actors(body, lexicon))
