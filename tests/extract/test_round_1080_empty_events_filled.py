"""Round 1080: the learned actor choice may fill an event the rules left without actors, from its pool (the process's
members the article names, the parties of the article's other events), at a stricter threshold than it completes a
list the rules began (`actor_choice.ADD_EMPTY`), and with weights of its own: most such events are told without
parties and keep none, a few are a process's round whose parties the article names elsewhere.

Sentences of our own.
"""
from __future__ import annotations

from collections import Counter

from tracker.extract.actor_choice import ADD, ADD_EMPTY, decide, features, pool
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster

RUS, TUR, IRN = "new:russia", "new:turkiye", "new:iran"


def _empty_round(lexicon) -> tuple[Candidate, Roster, list[Candidate]]:
    roster = Roster(lexicon)
    held = Candidate("talk_round", 0, 0, actors={RUS: "participant", TUR: "participant", IRN: "participant"},
                     evidence=["Russia, Iran and Turkey held talks in Astana on Monday."])
    empty = Candidate("talk_round", 1, 1, evidence=["The next round is due to open in Astana in June."])
    return empty, roster, [held, empty]


def test_a_sure_pooled_party_fills_an_empty_event(lexicon) -> None:
    c, roster, events = _empty_round(lexicon)
    pooled = pool(c, roster, set(), events)
    decide(c, pooled, {k: ADD_EMPTY for k in pooled}, roster)
    assert set(c.actors) == {RUS, TUR, IRN}


def test_an_empty_event_is_held_to_the_stricter_threshold(lexicon) -> None:  # guard
    assert ADD < ADD_EMPTY <= 1
    c, roster, events = _empty_round(lexicon)
    pooled = pool(c, roster, set(), events)
    decide(c, pooled, {k: (ADD + ADD_EMPTY) / 2 for k in pooled}, roster)
    assert c.actors == {}


def test_an_empty_event_has_weights_of_its_own(lexicon) -> None:
    c, roster, events = _empty_round(lexicon)
    pooled = pool(c, roster, set(), events)
    rows = features(c, pooled[RUS], pooled, roster, Counter({RUS: 1}))
    assert "empty" in rows and all(r == "empty" or r.startswith("empty|") for r in rows)


def test_a_begun_list_keeps_its_features(lexicon) -> None:  # guard
    _, roster, events = _empty_round(lexicon)
    c = events[0]
    pooled = pool(c, roster, set(), events)
    assert not any(r.startswith("empty") for r in features(c, pooled[RUS], pooled, roster, Counter({RUS: 1})))
