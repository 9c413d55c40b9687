"""Round 920: words that report a gathering still to come, in the clause after the speech verb, are an announcement.

The guideline makes speech an `announcement` when it makes a future event known. News English reports the plan in
the verb's complement: "X said (that) the commission would be convened in Oslo", "X told reporters the two envoys will
meet again", "X added that another session is to be held in Nairobi". The modal future (will, would, shall, is to, is
due/expected/scheduled/set to) before a verb of gathering (be held, be convened, take place, meet, reconvene) or
before a verb that holds or returns to a named gathering ("will host the talks", "would rejoin the negotiations") makes
the plan. A negated or past gathering does not, nor the course of a process ("the talks would resume"), which the
tests of earlier rounds keep a statement. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.reported_plans import reports_plan


@pytest.mark.parametrize("body", [
    "Norwegian Foreign Minister Anniken Huitfeldt said on Thursday that the joint commission would be convened in Oslo.",
    "The Kenyan foreign ministry told reporters on Thursday the two envoys will meet again in Mombasa.",
    "Qatari foreign ministry spokesman Majed al-Ansari added on Thursday that another session of the talks is to be held in Doha.",
    "Turkish Foreign Minister Mevlut Cavusoglu said on Thursday Ankara would host the next round of negotiations.",
    "The U.S. State Department said on Thursday that its envoy will rejoin the talks with the Taliban in Doha.",
])
def test_a_plan_reported_after_the_verb_is_an_announcement(body: str, lexicon) -> None:
    assert "announcement" in event_types(body, lexicon)
    assert "statement" not in event_types(body, lexicon)


@pytest.mark.parametrize("clause", [
    "said the committee would be convened in Geneva in the coming days",
    "stressed that another round of negotiations would be held soon",
    "told the agency the ministers are expected to meet in Vienna",
    "said Ethiopia will host the next session of the talks",
    "said the delegations would reconvene after consultations",
])
def test_the_complement_that_plans(clause: str) -> None:
    assert reports_plan(clause)


@pytest.mark.parametrize("clause", [
    "said the talks will not be held this year",
    "said the meeting was held in a constructive atmosphere",
    "said the ceasefire would hold",
    "said the sides will never meet while the shelling continues",
    "said the government would study the proposal",
    "said the border talks would resume soon",
    "said the two sides will resume negotiations",
])
def test_no_plan_no_announcement(clause: str) -> None:
    assert not reports_plan(clause)


def test_a_past_meeting_reported_stays_a_statement(lexicon) -> None:
    body = "Norwegian Foreign Minister Anniken Huitfeldt said on Thursday that the meeting had been useful."
    assert "statement" in event_types(body, lexicon)


def test_a_party_joining_talks_under_way_makes_nothing_known() -> None:
    assert not reports_plan("said in a statement that the African Union would join the negotiations as an observer")
