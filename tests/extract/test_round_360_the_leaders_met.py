""""The leaders" of an event are the two leaders the article has just named (round 360): "the summit was held between
the leaders on May 3" after "President A of X and President B of Y signed the accord" gave the states alone (the
group needed a count, and a count gave the states before the people). A group of leaders, presidents or ministers now
stands for the people of the last event that names that many officials of that many states, with their states.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

LEADERS = ("The accord was signed by Peruvian President Ana Soto and Chilean President Luis Vera after their first "
           "summit on April 2. ")


def _actors(body: str, lexicon) -> list[tuple[str, list[str]]]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_summit_between_the_leaders(lexicon) -> None:
    events = _actors(LEADERS + "A second summit was held between the leaders on May 3 in Arica.", lexicon)
    assert ("summit", ["Ana Soto", "Chile", "Luis Vera", "Peru"]) in [(t, a) for t, a in events if t == "summit"][-1:]


def test_the_two_leaders_met_again(lexicon) -> None:
    events = _actors(LEADERS + "The two leaders met again on May 3 in Arica.", lexicon)
    assert events[-1][1] == ["Ana Soto", "Chile", "Luis Vera", "Peru"]


def test_guard_the_two_countries_stay_states(lexicon) -> None:
    events = _actors(LEADERS + "The two countries held talks on May 3 in Arica.", lexicon)
    assert events[-1][1] == ["Chile", "Peru"]
