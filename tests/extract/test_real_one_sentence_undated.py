"""Two gatherings of one sentence, neither dated (round 155): "X met and held talks with Y" and "The negotiations are
taking place behind closed doors" gave two meetings each, dated alike later: gatherings of one day in one sentence merged
(round 117) only when the sentence gave the day. Sentences of our own (published 2023-05-12)."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_met_and_held_talks_is_one_meeting(lexicon) -> None:
    body = "In Lima, Chile's chief negotiator Ana Soto met and held talks with the Peruvian envoy Luis Vera."
    assert [t for t, _, _ in typed_events(body, lexicon)] == ["meeting"]


def test_negotiations_taking_place_is_one_gathering(lexicon) -> None:
    body = "The negotiations are taking place behind closed doors at the Palais des Nations."
    assert len(typed_events(body, lexicon)) == 1


def test_two_undated_gatherings_in_two_towns_stay_two(lexicon) -> None:
    """A guard: one sentence, two gatherings placed in two towns."""
    body = "The ministers of Chile and Peru met in Lima, and the presidents of Chile and Peru held a summit in Quito."
    assert [t for t, _, _ in typed_events(body, lexicon)] == ["meeting", "summit"]
