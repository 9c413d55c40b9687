"""A body whose members an event names ("met with members of the X movement") takes part (round 404): "the envoy met with
members of the Andean Liberation Front on Saturday" gave the envoy alone, "of" keeping the body out as a topic.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple[str, list[str]]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_members_of_a_group_take_part(lexicon) -> None:
    body = "UN envoy Luis Vera met with members of the Houthi movement on Saturday in Muscat, as part of a regional trip."
    meetings = [a for t, a in _events(body, lexicon) if t == "meeting"]
    assert meetings and any("Houthis" in a for a in meetings)


def test_guard_a_topic_after_of_stays_out(lexicon) -> None:
    body = "UN envoy Luis Vera met Omani officials on Saturday in Muscat to discuss the future of the Houthi movement."
    assert all("Houthis" not in a for t, a in _events(body, lexicon) if t == "meeting")
