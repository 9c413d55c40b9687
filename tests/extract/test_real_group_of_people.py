"""People named as a group (round 197): "the two foreign ministers", "both men", "the two presidents" stand for the
two officials of the last event that named two, and their states, as "the two ministers" already did; "both men" never
falls back on the states an article names most (they are people, not states). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events

_MET = "Chilean Foreign Minister Luis Vera met Peruvian Foreign Minister Ana Soto in Lima on Monday. "


def _last_actors(body: str, lexicon) -> list[str]:
    return typed_events(body, lexicon)[-1][2]


def test_the_two_foreign_ministers_are_the_two_just_named(lexicon) -> None:
    body = _MET + "The two foreign ministers will meet again in Quito on June 20, hosted by Ecuador."
    assert {"Luis Vera", "Ana Soto", "Chile", "Peru"} <= set(_last_actors(body, lexicon))


def test_both_men_are_the_two_just_named(lexicon) -> None:
    body = _MET + "Both men will meet again in Quito on June 20."
    assert {"Luis Vera", "Ana Soto"} <= set(_last_actors(body, lexicon))


def test_both_men_are_no_states(lexicon) -> None:
    """A guard: with no event of two people before, "both men" adds no state the article names most."""
    body = ("Bolivia and Peru discussed trade in Lima on Monday. Bolivia and Peru also discussed water. "
            "Both men will meet again in Quito on June 20.")
    assert not {"Bolivia", "Peru"} & set(_last_actors(body, lexicon))
