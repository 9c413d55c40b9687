"""An official who speaks with the ministry his apposition names speaks for its state too (round 406): "Ivan Petrov, head
of the treaties department at the Russian Foreign Ministry, told reporters …" gave Petrov and the ministry, not Russia.
Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


@pytest.fixture(scope="module")
def shipped():
    """The lexicon with the shipped tables, whose Russian Foreign Ministry is an actor of its own."""
    from tracker.extract.evaluate import DATA
    from tracker.extract.lexicon import Lexicon
    from tracker.importer import load_shipped

    return Lexicon(load_shipped(DATA))


def _speech(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events
            if c.event_type in ("statement", "announcement", "proposal")]


def test_the_ministrys_state_speaks_with_it(shipped) -> None:
    body = ("Ivan Petrov, head of the treaties department at the Russian Foreign Ministry, told reporters on Monday that the "
            "grain talks could resume next week.")
    speech = _speech(body, shipped)
    assert speech and any("Ivan Petrov" in a and "Russia" in a for a in speech)


def test_guard_a_speaker_with_no_ministry_gains_no_state(lexicon) -> None:
    speech = _speech("Luis Vera, a lawyer, said on Monday that the border talks with Chile would resume.", lexicon)
    assert speech and all("Peru" not in a for a in speech)
