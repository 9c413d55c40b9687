"""Round 1011 (helper b20): a mediator named after "under the aegis of", "under the sponsorship of", "with the
facilitation of", "sponsored by": as after "under the auspices of" or "mediated by", the body or state is a mediator and
an actor of the talks (guideline: mediating states are actors of the rounds they mediate); before, the "of" kept it out.
Sentences of our own; guards: "sponsored by" (read before by another rule) still names it, a document under whose
aegis talks run is no actor, the parties stay."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors
from tracker.extract.lexicon import Lexicon


def _talks(text: str, lexicon: Lexicon) -> list[list[str]]:
    return [actors for kind, actors in typed_actors(text, lexicon) if kind in ("talk_round", "meeting")]


@pytest.mark.parametrize("text, mediator", [
    ("Envoys of Armenia and Azerbaijan held talks in Geneva on Monday under the aegis of Switzerland.", "Switzerland"),
    ("Delegations of Ethiopia and Eritrea met in Nairobi on Tuesday under the sponsorship of the African Union.",
     "African Union"),
    ("Negotiators of Colombia and the ELN met in Havana on Monday with the facilitation of Norway.", "Norway"),
])
def test_a_mediator_after_aegis_or_sponsorship_takes_part(text: str, mediator: str, lexicon: Lexicon) -> None:
    assert any(mediator in actors for actors in _talks(text, lexicon))


def test_sponsored_by_still_names_the_mediator(lexicon: Lexicon) -> None:
    text = "Representatives of Serbia and Kosovo held talks in Brussels on Monday, sponsored by the European Union."
    assert any("European Union" in actors for actors in _talks(text, lexicon))


def test_the_parties_stay_beside_the_mediator(lexicon: Lexicon) -> None:
    text = "Envoys of Armenia and Azerbaijan held talks in Geneva on Monday under the aegis of Switzerland."
    assert any({"Armenia", "Azerbaijan"} <= set(actors) for actors in _talks(text, lexicon))


def test_a_text_under_whose_aegis_talks_run_is_no_mediator(lexicon: Lexicon) -> None:
    text = "Envoys of Armenia and Azerbaijan held talks in Geneva on Monday under the aegis of the 2020 declaration."
    assert all(set(actors) <= {"Armenia", "Azerbaijan"} for actors in _talks(text, lexicon))
