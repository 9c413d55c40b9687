"""Round 1040: a speech verb under negation ("has not confirmed", "Neither X nor Y has said") reports that no one spoke,
so it is no statement; a negated refusal ("did not rule out") still tells a position."""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry has not confirmed the envoy's trip to Mogadishu.",
    "Neither Chile nor Peru has publicly announced a date for the fishing talks.",
    "The Togolese government has not yet announced the date of the next round of talks with Ghana.",
])
def test_negated_speech_is_no_statement(text: str, lexicon: Lexicon) -> None:
    assert not {"statement", "announcement"} & set(event_types(text, lexicon))


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry confirmed on Thursday that the envoy will travel to Mogadishu.",
    "The Ghanaian foreign minister said on Thursday that he did not rule out new talks with Togo.",
    "Chile has not denied the report, its foreign minister said on Thursday.",
])
def test_plain_speech_and_negated_refusals_stay(text: str, lexicon: Lexicon) -> None:
    """Guards: speech said, and a negated refusal or denial beside it, are still a statement."""
    assert {"statement", "announcement"} & set(event_types(text, lexicon))
