"""Round 1145: an agreement made at a gathering the text places in another sentence takes the gathering's venue (the
guideline's decision 3 of the twenty-third stop): "The ministers met in Osh on Tuesday. Following the meeting, they
signed a protocol" places the protocol in Osh.

Guards: a gathering the text does not place, a gathering of another day, of other parties or still planned, a year's
date, an accord told in someone's words, two gatherings in two towns, and a gathering read from the accord's own
sentence give nothing. Sentences of our own, read at the rule stage (`learned=False`); published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.accord_venues import accord_venues
from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster

TUESDAY = dt.date(2023, 5, 9)


def _accord_places(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, learned=False).events
            if c.event_type == "agreement"]


@pytest.mark.parametrize("body, place", [
    ("The foreign ministers of Kyrgyzstan and Tajikistan met in Osh on Tuesday to discuss the border. "
     "Following the meeting, Kyrgyzstan and Tajikistan signed a protocol on water sharing.", "Osh"),
    ("Delegations of Armenia and Azerbaijan held talks in Almaty on Tuesday. "
     "Armenia and Azerbaijan agreed on Tuesday to open two crossings on their border.", "Almaty"),
    ("President Nicos Anastasiades and Turkish Cypriot leader Mustafa Akinci held a summit in Nicosia on Tuesday. "
     "Cyprus and the Turkish Cypriots signed a declaration on Tuesday after the summit.", "Nicosia"),
])
def test_an_accord_takes_the_place_of_its_gathering(body: str, place: str, lexicon) -> None:
    assert place in _accord_places(body, lexicon)


@pytest.mark.parametrize("body", [
    # the gathering has no place
    "The foreign ministers of Kyrgyzstan and Tajikistan met on Tuesday to discuss the border. "
    "Following the meeting, Kyrgyzstan and Tajikistan signed a protocol on water sharing.",
    # another day
    "Delegations of Armenia and Azerbaijan held talks in Almaty on Tuesday. "
    "Armenia and Azerbaijan agreed on Thursday to open two crossings on their border.",
    # told in someone's words
    "Delegations of Armenia and Azerbaijan held talks in Almaty on Tuesday. "
    "A spokesman said Armenia and Azerbaijan agreed on Tuesday to open two crossings on their border.",
])
def test_no_place_without_a_placed_gathering_of_that_day(body: str, lexicon) -> None:
    assert "Almaty" not in _accord_places(body, lexicon) and "Osh" not in _accord_places(body, lexicon)


def _candidate(kind: str, actors: list[str], first: dt.date = TUESDAY, venue: tuple | None = None,
               sentence: str = "s", **kw) -> Candidate:
    return Candidate(kind, 0, 0, first=first, last=first, precision=kw.pop("precision", "day"),
                     actors={k: "participant" for k in actors}, venue=venue, evidence=[sentence], **kw)


def test_the_rule_s_own_function(lexicon) -> None:
    roster = Roster(lexicon)
    accord = _candidate("agreement", ["arm", "aze"], sentence="They agreed.")
    talks = _candidate("talk_round", ["arm", "aze"], venue=("Almaty", "KAZ"), sentence="They met in Almaty.")
    accord_venues([talks, accord], roster)
    assert accord.venue == ("Almaty", "KAZ")


@pytest.mark.parametrize("change", [
    {"gathering": {"actors": ["fra", "deu"]}},  # other parties
    {"gathering": {"future": True}},  # still planned
    {"gathering": {"first": TUESDAY + dt.timedelta(days=2)}},  # another day
    {"accord": {"precision": "year"}},  # a year
    {"gathering": {"sentence": "They agreed."}},  # the accord's own sentence
    {"second": True},  # two gatherings in two towns
])
def test_the_rule_s_guards(change: dict, lexicon) -> None:
    roster = Roster(lexicon)
    accord = _candidate("agreement", ["arm", "aze"], sentence="They agreed.", **change.get("accord", {}))
    gathering = {"actors": ["arm", "aze"], "venue": ("Almaty", "KAZ"), "sentence": "They met in Almaty."}
    gathering.update(change.get("gathering", {}))
    events = [_candidate("talk_round", **gathering), accord]
    if change.get("second"):
        events.append(_candidate("meeting", ["arm"], venue=("Moscow", "RUS"), sentence="They met in Moscow."))
    accord_venues(events, roster)
    assert accord.venue is None
