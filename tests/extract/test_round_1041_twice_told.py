"""Round 1041: one non-speech act read twice from one sentence, equal in all that is scored, is one event; speech of
two speakers and two events that differ in anything scored stay two. (The duplicate arises only inside longer
articles, where two triggers of a sentence each survive the merge, so the rule is tested on the events themselves.)"""
from __future__ import annotations

import datetime as dt

from tracker.extract.candidate import Candidate
from tracker.extract.twice_told import drop_twice_told

ROAD_MAP = "Chile and Peru have agreed to adopt a road map for their fishing accords."
ROUNDS = "The first round took place in Lima in August and the second in Quito in September."
SPEECH = "Ghana announced the release of 40 detainees, while Togo said it freed 35."


def _event(kind: str, sentence: str, order: int, **kw) -> Candidate:
    return Candidate(kind, 1, order, evidence=[sentence], **kw)


def test_an_act_read_twice_is_one() -> None:
    day = dt.date(2023, 5, 12)
    twice = [_event("agreement", ROAD_MAP, 1, first=day, last=day, actors={"chl": "participant", "per": "participant"}),
             _event("agreement", ROAD_MAP, 2, first=day, last=day, actors={"chl": "participant", "per": "participant"})]
    assert len(drop_twice_told(twice)) == 1


def test_two_rounds_of_one_sentence_stay_two() -> None:
    """Guard: two events of one sentence that differ in date or place are two."""
    rounds = [_event("talk_round", ROUNDS, 1, first=dt.date(2022, 8, 1), venue=("Lima", "Peru")),
              _event("talk_round", ROUNDS, 2, first=dt.date(2022, 9, 1), venue=("Quito", "Ecuador"))]
    assert len(drop_twice_told(rounds)) == 2


def test_speech_of_one_sentence_is_left_alone() -> None:
    """Guard: speech is one event per speaker; the rule never folds it."""
    day = dt.date(2023, 5, 12)
    said = [_event("statement", SPEECH, 1, first=day, last=day), _event("statement", SPEECH, 2, first=day, last=day)]
    assert len(drop_twice_told(said)) == 2
