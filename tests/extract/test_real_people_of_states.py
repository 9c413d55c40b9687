"""Parties named by adjective inside the event's noun phrase, and leaders met one by one (round 90): "the meeting of the
Chilean and Peruvian ministers" has Chile and Peru as parties (the "of" before the adjectives had left them out); a
leader who meets two heads "separately" ("met X and Y separately in Brussels") holds no summit of the two (only "met
separately" had been read). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_meeting_of_two_states_ministers(lexicon) -> None:
    text = "The meeting of the Chilean and Peruvian ministers was held in Lima on Tuesday."
    assert [(t, a) for t, _, a in typed_events(text, lexicon)] == [("meeting", ["Chile", "Peru"])]


def test_two_heads_met_separately(lexicon) -> None:
    text = ("The EU envoy Jane Roe met Chilean President Ana Soto and Peruvian President Luis Vera separately in Brussels "
            "on Thursday.")
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting"]


def test_the_meeting_of_a_ministry(lexicon) -> None:
    """A guard: a place or topic after "of" is still no party."""
    text = "The meeting of the Chilean parliament's foreign affairs committee was held in Santiago on Tuesday."
    assert all("Peru" not in a for _, _, a in typed_events(text, lexicon))
