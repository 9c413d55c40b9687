"""Round 1170: a capital named by its state and then by its own name between commas ("Peru's capital, Lima, will host
the talks"), or named as the agent of "hosted by" ("the rounds, hosted by the Kenyan capital, Nairobi"), is the venue,
as "The Kazakh capital is hosting the round" already was (round 772); and the one member a tally singles out ("…
hosted six rounds, the last of which was held on May 2") takes the tally's place when its own clause gives none.

Guards: the capital named twice but not hosting ("The Omani capital, Muscat, said") places nothing; "hosted by" a person
("hosted by the Omani foreign minister") is no capital; a tally with no place gives its member none; a member whose own
clause names a place keeps it. Sentences of our own, read through the rule's own function and at the rule stage
(`learned=False`); published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.capital_hosts import capital_host
from tracker.extract.mentions import Roster


def _gathering_places(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, learned=False).events
            if c.event_type in ("talk_round", "meeting", "summit")]


@pytest.mark.parametrize("sentence, state", [
    ("Peru's capital, Lima, will host the fourth round of talks between the two sides next week.", "Peru"),
    ("The Kenyan capital, Nairobi, on Monday hosted a new session of the peace negotiations.", "Kenya"),
    ("The consultations, which were hosted by the Omani capital, Muscat, ended on Thursday.", "Oman"),
    ("The rounds were hosted by the capital of Qatar, Doha, over two weeks.", "Qatar"),
])
def test_the_rule_s_own_function(sentence: str, state: str, lexicon) -> None:
    key = capital_host(sentence, Roster(lexicon))
    assert key is not None and lexicon.entries[key].name == state


@pytest.mark.parametrize("sentence", [
    "The Omani capital, Muscat, said on Monday it welcomed the talks.",
    "The dinner was hosted by the Omani foreign minister, Badr Albusaidi, on Monday.",
    "Delegates arrived in the Kenyan capital, Nairobi, on Monday for the talks.",
])
def test_guards_of_the_function(sentence: str, lexicon) -> None:
    assert capital_host(sentence, Roster(lexicon)) is None


@pytest.mark.parametrize("body, town", [
    ("Peru's capital, Lima, hosted the fourth round of talks between the government and the rebels on Tuesday.", "Lima"),
    ("The fourth round of talks between the government and the rebels, hosted by the Kenyan capital, Nairobi, "
     "ended on Tuesday.", "Nairobi"),
])
def test_the_capital_named_twice_hosts_the_gathering(body: str, town: str, lexicon) -> None:
    assert _gathering_places(body, lexicon) == [town]


def test_the_member_a_tally_singles_out_takes_its_host(lexicon) -> None:
    body = ("The Kenyan capital, Nairobi, has hosted six rounds of talks between the government and the rebels, the "
            "most recent of which was held on April 20.")
    assert _gathering_places(body, lexicon) == ["Nairobi"]


def test_guard_a_tally_with_no_place(lexicon) -> None:
    body = ("The government and the rebels have held six rounds of talks, the last of which was held on April 20.")
    assert _gathering_places(body, lexicon) == [None]


def test_guard_the_member_s_own_place_stays(lexicon) -> None:
    body = ("The Kenyan capital, Nairobi, has hosted six rounds of talks between the government and the rebels, the "
            "last of which was held in Mombasa on April 20.")
    assert _gathering_places(body, lexicon) == ["Mombasa"]
