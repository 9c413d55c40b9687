"""The learned choice of each event's actors (tracker/extract/actor_choice.py). Sentences of our own."""
from __future__ import annotations

from collections import Counter

from tests.extract.own_text import extract_own
from tracker.extract.actor_choice import ADD, ADD_EMPTY, DROP, MODEL, choose_actors, decide, features, pool
from tracker.extract.candidate import Candidate
from tracker.extract.linear import load_model
from tracker.extract.mentions import Roster


RUS, TUR, IRN = "new:russia", "new:turkiye", "new:iran"  # the built-in gazetteer's keys


def _meeting(lexicon) -> tuple[Candidate, Roster]:
    roster = Roster(lexicon)
    c = Candidate("meeting", 0, 0, actors={RUS: "participant"},
                  evidence=["Russia and Turkey met in Sochi on Monday to prepare the next round."])
    return c, roster


def test_the_pool_holds_the_rules_actors_and_the_sentences(lexicon) -> None:
    c, roster = _meeting(lexicon)
    pooled = pool(c, roster, set(), [c])
    assert pooled[RUS].origins >= {"rules", "sentence"} and pooled[RUS].role == "participant"
    assert "rules" not in pooled[TUR].origins and "sentence" in pooled[TUR].origins


def test_the_features_of_a_hand_made_candidate(lexicon) -> None:
    c, roster = _meeting(lexicon)
    pooled = pool(c, roster, set(), [c])
    rus = features(c, pooled[RUS], pooled, roster, Counter({RUS: 1}))
    tur = features(c, pooled[TUR], pooled, roster, Counter({RUS: 1}))
    assert {"role=participant", "kind=state", "type=meeting", "held=1", "cue=first"} <= set(rus)
    assert {"role=none", "kind=state", "origin=sentence", "held=0"} <= set(tur)
    assert all(isinstance(f, str) for f in rus + tur)


def test_the_shipped_model_loads_and_keeps_a_plain_meeting(lexicon) -> None:
    assert load_model(MODEL).classes == ("drop", "keep")
    extraction = extract_own("Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in "
                             "Ankara on Monday.", lexicon)
    meeting = next(c for c in extraction.events if c.event_type == "meeting")
    assert sorted(extraction.roster.name(k) for k in meeting.actors) == ["Mevlüt Çavuşoğlu", "Russia", "Sergei Lavrov",
                                                                        "Türkiye"]


def test_a_round_told_without_its_parties_takes_those_the_article_names(lexicon) -> None:
    # the guideline settled at the twenty-third stop: the process's parties the article names as taking part (round 1110)
    extraction = extract_own("The 20th round of the Astana talks closed in Astana on Wednesday. Russia, Turkey and Iran "
                             "are the guarantors of the Astana format.", lexicon)
    rounds = [c for c in extraction.events if c.event_type == "talk_round"]
    assert rounds and [sorted(extraction.roster.name(k) for k in c.actors) for c in rounds] == [["Iran", "Russia",
                                                                                                  "Türkiye"]]


def test_a_round_in_an_article_naming_no_party_gets_none(lexicon) -> None:
    extraction = extract_own("The 20th round of the Astana talks closed in Astana on Wednesday.", lexicon)
    rounds = [c for c in extraction.events if c.event_type == "talk_round"]
    assert rounds and all(not c.actors for c in rounds)


def test_an_event_the_rules_left_empty_is_filled_only_at_the_stricter_threshold(lexicon) -> None:
    assert ADD < ADD_EMPTY
    c, roster = _meeting(lexicon)
    c.actors.clear()
    pooled = pool(c, roster, set(), [c])
    decide(c, pooled, {k: ADD for k in pooled}, roster)
    assert c.actors == {}  # at ADD a begun list would be completed; an empty one stays empty
    decide(c, pooled, {k: ADD_EMPTY for k in pooled}, roster)
    assert set(c.actors) == set(pooled)


def test_a_confident_rule_decision_stands(lexicon) -> None:
    c, roster = _meeting(lexicon)
    c.speaker = RUS
    c.actors[TUR] = "participant"
    decide(c, pool(c, roster, set(), [c]), {RUS: 0.0, TUR: DROP}, roster)
    assert c.actors == {RUS: "participant", TUR: "participant"}  # the speaker is never dropped; p = DROP keeps


def test_a_likely_actor_is_added_as_a_participant_and_an_unlikely_one_dropped(lexicon) -> None:
    c, roster = _meeting(lexicon)
    c.actors[IRN] = "participant"
    decide(c, pool(c, roster, set(), [c]), {RUS: 0.9, TUR: 0.9, IRN: 0.1}, roster)
    assert c.actors == {RUS: "participant", TUR: "participant"}


def test_choose_actors_returns_the_events_it_was_given(lexicon) -> None:
    c, roster = _meeting(lexicon)
    assert choose_actors([c], roster, set()) == [c]
