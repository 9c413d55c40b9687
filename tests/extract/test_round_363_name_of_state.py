"""An official whose state follows the name (round 363): "a telephone conversation with Foreign Minister Luis Vera of
Peru" gave Vera without Peru, and after a long title ("Minister of Foreign Affairs and Worship Luis Vera of Peru") no
Vera at all. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_state_after_the_name(lexicon) -> None:
    body = "Chilean Foreign Minister Ana Soto held a telephone conversation with Foreign Minister Luis Vera of Peru on Tuesday."
    assert any({"Luis Vera", "Peru"} <= set(a) for a in _actors(body, lexicon))


def test_state_after_a_long_title(lexicon) -> None:
    body = ("Chilean Foreign Minister Ana Soto held a telephone conversation with Minister of Foreign Affairs and Worship "
            "Luis Vera of Peru on Tuesday.")
    assert any({"Luis Vera", "Peru"} <= set(a) for a in _actors(body, lexicon))


def test_guard_a_body_after_the_name_gives_no_state(lexicon) -> None:
    body = "Chilean Foreign Minister Ana Soto met Secretary General Luis Vera of the Andean Community in Lima on Tuesday."
    assert all("Peru" not in a for a in _actors(body, lexicon))
