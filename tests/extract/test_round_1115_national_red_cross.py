"""Round 1115 (helper actors23): a bare "Red Cross" owned by a state, a possessive or "of <State>", or naming a kind of
talks or an office, is a state's own Red Cross society, not the International Committee of the Red Cross, and is no
actor (`national_societies`, read in `Lexicon.scan`). Sentences of our own; guards: the ICRC by its full name or
initials, and a bare "Red Cross" that acts on its own ("the Red Cross facilitated the swap"), stay the ICRC."""
from __future__ import annotations

import pytest

from tests.extract.own_text import actor_lists
from tracker.extract.lexicon import Lexicon

_ICRC = "International Committee of the Red Cross"


def _icrc(text: str, lexicon: Lexicon) -> bool:
    return any(lexicon.entries[m.key].name == _ICRC for m in lexicon.scan(text) if m.key in lexicon.entries)


@pytest.mark.parametrize("text", [
    "Officials of the Japanese Red Cross and the Chinese Red Cross met in Dalian on Friday.",
    "The Red Cross of the Republic of Korea proposed a meeting at the border village.",
    "The two governments arranged the visits through their Red Cross offices last year.",
    "Seoul and Pyongyang agreed to hold Red Cross talks at the mountain resort next week.",
    "Hanoi's Red Cross said it would send a delegation to the talks.",
])
def test_a_national_society_is_not_the_icrc(text: str, lexicon: Lexicon) -> None:
    assert not _icrc(text, lexicon)


def test_red_cross_talks_between_two_states_have_the_two_states_only(lexicon: Lexicon) -> None:
    body = "North Korea and South Korea held Red Cross talks in Kaesong on Tuesday on reuniting separated families."
    assert all(_ICRC not in actors for actors in actor_lists(body, lexicon))
    assert any({"North Korea", "South Korea"} <= set(actors) for actors in actor_lists(body, lexicon))


@pytest.mark.parametrize("text", [
    "The International Committee of the Red Cross said both sides had released their prisoners.",
    "The ICRC will oversee the exchange of detainees, the mediators said.",
    "The Red Cross facilitated the exchange of prisoners at the border on Sunday.",
    "Red Cross officials escorted the released detainees to the crossing.",
])
def test_the_icrc_stays_the_icrc(text: str, lexicon: Lexicon) -> None:
    assert _icrc(text, lexicon)
