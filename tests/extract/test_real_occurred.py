"""A round that "occurred" (round 165): "The first round of talks between Chile and Peru occurred in April …, also in
Lima" gave the round from its noun alone, without its parties or its town: "occurred" was no verb of a gathering held,
as "took place" is. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.venue, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_a_round_that_occurred(lexicon) -> None:
    body = "The first round of talks between Chile and Peru occurred in April and the second in early May, also in Lima."
    assert _rounds(body, lexicon)[0] == ("talk_round", ("Lima", "PER"), ["Chile", "Peru"])


def test_an_incident_that_occurred_is_no_gathering(lexicon) -> None:
    """A guard: "occurred" with no gathering noun reports no event."""
    body = "The incident occurred in Lima on Tuesday, the Chilean minister said."
    assert [kind for kind, _, _ in _rounds(body, lexicon) if kind in ("meeting", "talk_round", "summit")] == []
