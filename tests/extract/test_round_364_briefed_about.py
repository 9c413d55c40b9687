"""A planned gathering told as the subject of a briefing (round 364): "Mr Vera informed his counterpart about
preparations for an international conference scheduled for May 5 in Lima" made Vera and Peru parties to the conference.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

CALL = "Chilean Foreign Minister Ana Soto held a telephone conversation with Foreign Minister Luis Vera of Peru on Tuesday. "


def _events(body: str, lexicon) -> list[tuple[str, list[str]]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_the_informer_is_no_party(lexicon) -> None:
    events = _events(CALL + "Mr Vera informed his counterpart about preparations for an international conference "
                            "scheduled for May 25 in Lima.", lexicon)
    conference = [a for t, a in events if t == "meeting"]
    assert conference and "Luis Vera" not in conference[-1] and "Peru" not in conference[-1]


def test_guard_a_planned_meeting_of_its_own_keeps_its_parties(lexicon) -> None:
    events = _events(CALL + "Mr Vera will meet his counterpart in Lima on May 25.", lexicon)
    assert any("Luis Vera" in a for t, a in events if t == "meeting")
