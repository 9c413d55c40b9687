"""A person's words that another person reports in the attribution closing the sentence are the reporter's statement
(round 405): "UN Secretary-General Luis Vera expressed his readiness to resume talks, Chilean Foreign Minister Ana Soto
said on Monday" gave Vera's statement. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _speech(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events
            if c.event_type in ("statement", "announcement", "proposal")]


def test_the_reporter_speaks(lexicon) -> None:
    body = ("UN Secretary-General Luis Vera expressed his readiness to resume the border talks, Chilean Foreign Minister "
            "Ana Soto said on Monday.")
    speech = _speech(body, lexicon)
    assert speech and any("Ana Soto" in a and "Luis Vera" not in a for a in speech)


def test_guard_a_state_told_first_keeps_its_official(lexicon) -> None:
    body = "Chile welcomes the resumption of the border talks, Chilean Foreign Minister Ana Soto said on Monday."
    speech = _speech(body, lexicon)
    assert speech and any("Ana Soto" in a and "Chile" in a for a in speech)
