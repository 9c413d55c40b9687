"""The Houthis by the forms wire copy names them (round 277): "the Houthi rebels", "the Houthi delegation", "Houthi
officials" are the Houthis (docs/extraction.md, "Actors": the Houthis are actors by their own name); before, only "the
Houthis", "Houthi movement" and "Ansar Allah" were. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_houthi_rebels_are_the_houthis(lexicon) -> None:
    body = "Saudi Arabia and the Houthi rebels held talks in Muscat on Tuesday."
    assert {"Houthis", "Saudi Arabia"} <= set(_actors(body, lexicon)[0])


def test_a_houthi_delegation_is_the_houthis(lexicon) -> None:
    body = "A Houthi delegation met Omani officials in Muscat on Tuesday."
    assert "Houthis" in _actors(body, lexicon)[0]


def test_guard_a_houthi_run_agency_is_no_party(lexicon) -> None:
    """A guard: the Houthi-run agency that reports a meeting is no party of it."""
    body = "Omani and Saudi officials met in Muscat on Tuesday, the Houthi-run Saba news agency reported."
    assert all("Houthis" not in a for a in _actors(body, lexicon))
