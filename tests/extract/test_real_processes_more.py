"""Processes of the guideline's list named by their usual aliases, forums as settings, and bilateral China-US talks
(round 35); sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon, headline: str = "Talks"):
    extraction = extract_own(text, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


@pytest.mark.parametrize("sentence, process", [
    ("The Greek-Turkish exploratory talks resumed in Athens on Monday.", "Greece-Turkey dialogue"),
    ("Russian-Ukrainian talks resumed in Istanbul on Tuesday.", "Russia-Ukraine talks"),
    ("Fatah and Hamas held intra-Palestinian talks in Cairo on Monday.", "Cairo intra-Palestinian dialogue"),
    ("The AU-led peace talks between Ethiopia and Tigray opened in Pretoria on Tuesday.", "AU-led Ethiopia peace process"),
])
def test_a_process_of_the_guideline_is_named_by_its_usual_alias(lexicon, sentence: str, process: str) -> None:
    assert any(name == process for _, name in _events(sentence, lexicon))


def test_a_forum_named_as_the_setting_is_not_the_process(lexicon) -> None:
    """A guard for the forums this round adds: a meeting on the sidelines of one is not part of it."""
    text = ("On the sidelines of the Antalya Diplomacy Forum, the foreign ministers of Chile and Peru met on Monday "
            "to discuss the Andes border talks.")
    assert all(name != "Antalya Diplomacy Forum" for _, name in _events(text, lexicon))


def test_a_bilateral_china_us_meeting_is_their_consultations_and_a_meeting(lexicon) -> None:
    text = "Chinese Vice Foreign Minister Li Ming held talks with U.S. Assistant Secretary of State John Roe in Beijing on Monday."
    assert ("meeting", "China-US consultations") in _events(text, lexicon, headline="Vice FM holds talks")


def test_talks_held_in_a_standing_process_stay_a_round(lexicon) -> None:
    """The guard: "held talks" in a process of standing negotiations is still one of its sessions."""
    text = "The delegations of Sudan's army and the RSF held talks in Jeddah on Monday, the Jeddah talks mediators said."
    assert any(kind == "talk_round" for kind, _ in _events(text, lexicon))
