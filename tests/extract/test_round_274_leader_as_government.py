"""A leader named as the owner of a government is the state (round 274): "under the Trump administration", "Yoon's
administration", "the Netanyahu government" name no participant, only whose government it was. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_the_trump_administration_is_the_united_states(lexicon) -> None:
    body = "Under the Trump administration, the United States withdrew from the nuclear deal with Iran on May 8, 2018."
    events = _events(body, lexicon)
    assert events and not any("Donald Trump" in e for e in events)


def test_guard_the_leader_himself_stays(lexicon) -> None:
    """A guard: the president who meets someone is a participant."""
    body = "Donald Trump met Iranian envoys in Oslo on May 8, 2018."
    events = _events(body, lexicon)
    assert events and "Donald Trump" in events[0]
