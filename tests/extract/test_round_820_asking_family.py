"""Round 820: the family of asking verbs makes speech a proposal in all its forms (docs/extraction.md, "Types": a
`proposal` calls on someone to act): a plea or a plan laid before others ("pleaded with", "implored", "floated a plan",
"tabled a proposal"), a participle after the speaker's own document with no comma ("issued a statement urging …"), and
the speaker's own call reported by its speech verb ("said it was calling on …", "told reporters he had urged …").
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types



@pytest.mark.parametrize("body", [
    "The UN chief on Thursday pleaded with the warring parties to stop the fighting.",
    "The Arab League secretary-general Ahmed Aboul Gheit implored both sides on Thursday to accept a truce.",
    "Qatar on Thursday floated a plan for a three-stage truce in Gaza.",
    "Norway on Thursday tabled a proposal for a new round of talks.",
    "The European Union issued a statement on Thursday urging both sides to show restraint.",
    "Qatar released a statement on Thursday calling for an immediate truce in Gaza.",
    "Chile's foreign ministry issued a statement on Friday asking both sides to return to talks.",
    "Egypt's foreign ministry said on Thursday it was calling on Ethiopia to resume talks on the dam.",
    "The Egyptian foreign ministry said that it urges Ethiopia to return to the negotiating table.",
    "Turkish President Recep Tayyip Erdogan told reporters on Thursday he had urged Putin to extend the grain deal.",
    "The Russian foreign ministry said on Thursday that it had been asking Ukraine to return to talks for months.",
    "Kenya's President William Ruto stressed the need for peace on Thursday, pleading with both sides to lay down arms.",
])
def test_asking_verbs_make_a_proposal(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["proposal"]


@pytest.mark.parametrize("body", [
    "The Russian foreign ministry said on Thursday that the talks had been useful.",
    "Egypt's foreign minister said on Thursday that Ethiopia had urged Sudan to join the talks.",
    "The Egyptian foreign ministry said on Thursday it was calling its ambassador home for consultations.",
    "The Kremlin said on Thursday it was pressing ahead with the talks.",
    "The Chilean Foreign Ministry on Friday welcomed the joint statement calling for a diplomatic solution to the dispute.",
])
def test_guard_words_that_ask_nothing_of_anyone_stay_a_statement(body: str, lexicon) -> None:
    """The guard: another's call reported, a call home, pressing ahead, another's document welcomed: statements."""
    assert event_types(body, lexicon) == ["statement"]
