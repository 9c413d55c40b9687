"""Round 374: "the embassy said" names the embassy the article named before ("according to the French Embassy in
Cairo"); "according to" no longer makes that embassy a building (`mentions._EMBASSY_PLACE`), and "the embassy" is read
as the ministry last named (`mentions._COREF`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _speeches(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events
            if c.event_type in ("statement", "announcement", "proposal")]


def test_the_embassy_said_after_according_to(lexicon) -> None:
    speeches = _speeches("The two delegations met in Cairo on Wednesday, according to the French Embassy in Egypt.\n\n"
                         "\u201cThe meeting shows a shared will to end the conflict,\u201d the embassy said in a statement.",
                         lexicon)
    assert len(speeches) >= 1
    assert any(any("Embassy" in name for name in actors) for _, actors in speeches)


def test_guard_a_protest_outside_the_embassy_speaks_not(lexicon) -> None:
    extraction = extract_own("Protesters gathered outside the French Embassy in Cairo on Wednesday.", lexicon)
    assert all("Embassy" not in extraction.roster.name(k) for c in extraction.events for k in c.actors)
