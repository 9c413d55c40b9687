"""Round 955: a plan laid before others is a proposal, whichever verb of handing over tells it, and the words that
report one make it known (docs/extraction.md, "Types": `proposal` when speech calls on someone to act).

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types


@pytest.mark.parametrize("body", [
    "Egypt presented a draft ceasefire agreement to Hamas on Tuesday.",
    "Azerbaijan submitted a draft peace treaty to Armenia on Monday, the minister said.",
    "Antonio Guterres outlined a six-point framework for the Cyprus talks on Tuesday.",
    "Turkey is offering a new roadmap for the grain talks, Recep Tayyip Erdogan said on Monday.",
    "Qatar handed Hamas a fresh blueprint for a truce on Wednesday.",
    "On Thursday Norway circulated a draft of the joint declaration among the parties.",
])
def test_a_plan_handed_over_is_a_proposal(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["proposal"]


@pytest.mark.parametrize("body", [
    "Sergey Lavrov said on Wednesday that Russia had handed Ukraine a memorandum on a settlement.",
    "Joe Biden said on Monday that Israel was offering a new three-stage roadmap.",
    "Antony Blinken told reporters on Tuesday that Egypt had proposed a week-long truce.",
    "The Kremlin said on Thursday that Turkey had put forward a plan for a prisoner exchange.",
])
def test_words_that_report_a_proposal_are_one(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["proposal"]


@pytest.mark.parametrize("body", [
    "Egypt presented the results of the mediation to the Arab League on Tuesday, the minister said.",
    "Antony Blinken said on Tuesday that Egypt had welcomed the Israeli delegation.",
    "Qatar sent an aid package to Gaza on Monday, the ministry said.",
])
def test_what_is_no_plan_stays_as_it_was(body: str, lexicon) -> None:  # guard
    assert "proposal" not in event_types(body, lexicon)
