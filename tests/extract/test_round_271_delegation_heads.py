"""Heads of delegation join the talks they lead (round 271), wherever the article names them: in a quote's
attribution after the talks, or in a sentence of their own after a background paragraph ("Heads of delegation are
actors of the round they lead", docs/extraction.md "Actors"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple[str, str, list[str]]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.evidence[0], sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_head_named_in_a_quote_attribution_joins_the_round(lexicon) -> None:
    body = ("Peru and Chile began a new round of border talks in Lima on Monday. "
            "\u201cWe came here in good faith,\u201d said Ana Soto, head of the Peruvian delegation, at the opening.")
    rounds = [e for e in _events(body, lexicon) if e[1].startswith("Peru and Chile began")]
    assert rounds and "Ana Soto" in rounds[0][2]


def test_head_after_a_background_paragraph_joins_the_talks_not_the_old_accord(lexicon) -> None:
    body = ("Chile and Peru held border talks in Lima on Monday.\n\n"
            "The two countries signed a fisheries accord in March 1999.\n\n"
            "For the talks, the Chilean delegation was headed by Deputy Minister Luis Vera.")
    events = _events(body, lexicon)
    talks = next(e for e in events if e[1].startswith("Chile and Peru held"))
    accord = next(e for e in events if "1999" in e[1])
    assert "Luis Vera" in talks[2]
    assert "Luis Vera" not in accord[2]


def test_guard_a_head_who_meets_someone_keeps_to_that_meeting(lexicon) -> None:
    """A guard: the sentence's own event keeps its head; the earlier talks do not take him."""
    body = ("Chile and Peru held border talks in Lima on Monday.\n\n"
            "On Tuesday, Luis Vera, head of the Chilean delegation, met Bolivian Foreign Minister Juan Mesa in La Paz.")
    events = _events(body, lexicon)
    talks = next(e for e in events if e[1].startswith("Chile and Peru held"))
    assert "Luis Vera" not in talks[2]
