"""Heads of delegation named after a long title (round 201): "The Chilean delegation was headed by Deputy Foreign
Minister for Multilateral and Economic Affairs Luis Vera" gave the meeting no head, the title's "for" phrase being
longer than the two words the title patterns read. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_head_after_a_long_title_joins_the_meeting(lexicon) -> None:
    body = ("Delegations from Chile and Peru met in Lima on Tuesday. The Chilean delegation was headed by Deputy Foreign "
            "Minister for Multilateral and Economic Affairs Luis Vera.")
    assert ("meeting", ["Chile", "Luis Vera", "Peru"]) in [(t, names) for t, _, names in typed_events(body, lexicon)]


def test_a_long_title_with_no_name_after_it_gives_no_person(lexicon) -> None:
    """A guard: a title whose phrase ends the sentence names nobody ("… led by the Minister of Foreign Affairs of Chile")."""
    body = "Delegations from Chile and Peru met in Lima on Tuesday. The Chilean delegation was led by the Minister of Foreign Affairs and Cooperation."
    assert [(t, names) for t, _, names in typed_events(body, lexicon)] == [("meeting", ["Chile", "Peru"])]
