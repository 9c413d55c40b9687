"""Round 1325: a gathering whose first sentence names no place takes the one place its later (folded) sentences give.

The sentence that dates an event comes first among its sentences, and the venue readings read that one; a place only
another telling of the same event gives ("… are meeting the mediators in the capital X") was lost. Guards: a sentence
that tells words only or a call, one dated another day (not counting the day of a saying), two places, a placed event,
an accord. Sentences of our own, read through the rule's own function `folded_places.folded_venues`.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.candidate import Candidate
from tracker.extract.folded_places import folded_venues
from tracker.extract.mentions import Roster

_DATED = "The two delegations have been holding talks since Tuesday on the grazing dispute."


def _placed(lexicon, kind: str, sentences: list[str], venue: tuple | None = None) -> str | None:
    event = Candidate(event_type=kind, paragraph=0, order=0, first=dt.date(2023, 5, 9), evidence=sentences, venue=venue)
    folded_venues([event], Roster(lexicon))
    return event.venue[0] if event.venue else None


@pytest.mark.parametrize("kind, later, place", [
    ("meeting", "Delegates of both sides are meeting the mediators in the capital Tashkent.", "Tashkent"),
    ("talk_round", "Envoys of Chile and Peru arrived in Kenya's capital Nairobi to negotiate a grazing accord.", "Nairobi"),
    ("summit", "A farewell lunch in Mombasa was given for the leaders.", "Mombasa"),  # no trigger: read from its start
    ("visit", "The leaders gathered in Accra, the Ghanaian officials said.", "Accra"),
    ("meeting", "The mediators met the delegations in Arusha on Tuesday.", "Arusha"),  # the event's own day
    ("meeting", "Envoys of both sides arrived in Kenya's capital Nairobi, the radio said on Wednesday.", "Nairobi"),  # the
    # day of the saying is not the sentence's
])
def test_a_later_sentence_places_the_gathering(kind: str, later: str, place: str, lexicon) -> None:
    assert _placed(lexicon, kind, [_DATED, later]) == place


def test_the_place_of_any_later_sentence(lexicon) -> None:
    sentences = [_DATED, "The talks dealt with water rights.", "Their aides met again in Oslo."]
    assert _placed(lexicon, "meeting", sentences) == "Oslo"


@pytest.mark.parametrize("later", [
    "During a phone call, the ministers praised the work of the mission in Juba.",  # words and a call only
    "During a phone call, the ministers recalled the summit held in Dakar on March 4.",  # a call, and another event
])
def test_a_call_places_nothing(later: str, lexicon) -> None:
    assert _placed(lexicon, "meeting", [_DATED, later]) is None


def test_a_sentence_of_another_day_places_nothing(lexicon) -> None:
    later = "A delegation arrived in Mombasa on Monday, the ministry said."  # the day before the talks (Tuesday)
    assert _placed(lexicon, "talk_round", [_DATED, later]) is None


def test_two_places_give_none(lexicon) -> None:
    sentences = [_DATED, "Their aides met again in Oslo.", "The leaders gathered in Bergen, the officials said."]
    assert _placed(lexicon, "meeting", sentences) is None


def test_a_topic_is_no_place(lexicon) -> None:
    assert _placed(lexicon, "talk_round", [_DATED, "The talks dealt with the war in Tigray."]) is None


def test_a_placed_gathering_keeps_its_place(lexicon) -> None:
    later = "Delegates of both sides are meeting the mediators in the capital Tashkent."
    assert _placed(lexicon, "meeting", [_DATED, later], venue=("Geneva", "CHE")) == "Geneva"


def test_an_accord_is_not_placed(lexicon) -> None:
    later = "Delegates of both sides are meeting the mediators in the capital Tashkent."
    assert _placed(lexicon, "agreement", [_DATED, later]) is None


def test_one_sentence_gives_nothing_more(lexicon) -> None:
    assert _placed(lexicon, "meeting", [_DATED]) is None
