"""Round 496: "he" or "she" before a perfect auxiliary ("he has held talks") is the person named before; sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_he_has_held_talks_is_the_speaker(lexicon) -> None:
    events = _events("Peruvian envoy Luis Vera arrived in Santiago on Thursday.\n\nThe envoy said on Friday that he has held "
                     "intensive negotiations today about the border.", lexicon)
    assert any(kind == "meeting" and "Luis Vera" in actors for kind, actors in events)


def test_she_had_met_is_the_person_named_before(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Soto spoke in Santiago on Thursday.\n\nShe had met Peruvian officials in "
                     "Lima on Monday.", lexicon)
    assert any(kind == "meeting" and "Ana Soto" in actors for kind, actors in events)


def test_the_pronoun_as_an_object_is_nobody_new(lexicon) -> None:
    """The guard: "with her" after the verb names no subject; the meeting keeps its own parties."""
    events = _events("Chilean Foreign Minister Ana Soto spoke in Santiago on Thursday.\n\nPeruvian envoy Luis Vera met with "
                     "Bolivian officials in La Paz on Monday.", lexicon)
    assert all("Ana Soto" not in actors for kind, actors in events if kind == "meeting")
