"""Round 985: a gathering named by its noun with heads of state or government after it is a summit.

The guideline makes a meeting of heads of state or government a `summit`. News English often names the gathering
first and its members after it, by their offices: "the meeting between the presidents of X and Y", "talks among the
heads of state of …", "talks between the President of X and the Prime Minister of Y"; and agencies' copy gives each
head his office before his name ("talks between President of X A, President of Y B and Prime Minister of Z C took
place"), where the word "talks" outside any process first made a round and then a meeting. Envoys and ministers of
heads stay a meeting. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types


@pytest.mark.parametrize("body", [
    "The meeting between the Presidents of Serbia and Kosovo on Tuesday in Brussels ended without agreement.",
    "Trilateral talks between President of France Emmanuel Macron, President of Egypt Abdel Fattah al-Sisi and "
    "King Abdullah II of Jordan took place in Cairo on Tuesday.",
    "Talks between the President of Kenya and the Prime Minister of Ethiopia took place in Nairobi on Tuesday.",
    "A meeting between the King of Jordan and the Crown Prince of Saudi Arabia was held in Amman on Tuesday.",
    "The talks among the heads of state of the East African Community opened in Arusha on Tuesday.",
])
def test_heads_named_after_the_gathering_make_a_summit(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["summit"]


@pytest.mark.parametrize("body", [
    "A meeting between the envoys of the presidents of Serbia and Kosovo took place in Brussels on Tuesday.",
    "A meeting between the Prime Minister of Armenia and the Foreign Minister of Azerbaijan was held in Almaty on Tuesday.",
    "Kenyan Foreign Minister Alfred Mutua and Ugandan Foreign Minister Jeje Odongo held talks in Mombasa on Tuesday.",
])
def test_servants_and_ministers_stay_a_meeting(body: str, lexicon) -> None:
    assert "summit" not in event_types(body, lexicon)
