"""Round 986: words that make a gathering or an accord's extension to come known are an announcement, when the plan is
told before the speech verb ("…, the ministry said"), when an unnamed source tells it, and when the plan to come is
the extension of a deal.

The guideline makes speech an `announcement` when it makes a future event known, and a speaker announcing a deal's
extension gives an announcement (407). News English puts the reported words first and the speaker after a comma as
often as after the verb; round 920 read the plan only after the verb, and an unnamed source's words were never read
for a plan. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract.reported_plans import plan_before


@pytest.mark.parametrize("body", [
    "The Black Sea grain deal will be extended for another 60 days, Turkish Defence Minister Hulusi Akar said on Thursday.",
    "A Russian deputy foreign minister told reporters on Thursday that the grain deal will be renewed on the same terms.",
    "The truce between the two sides is to be prolonged by a further two months, the Egyptian foreign ministry said on "
    "Thursday.",
    "Delegations of the two Koreas will hold the family meetings from Oct. 30 to Nov. 5 at the Diamond Mountain resort, "
    "a Seoul ministry spokeswoman said on Thursday.",
    "A senior army officer said, “The talks will be held in Moldo opposite the Chushul sector.”",
    "The next session of the joint commission will be convened in Oslo, a Norwegian diplomatic source told reporters on "
    "Friday.",
])
def test_a_plan_told_first_or_by_a_source_is_an_announcement(body: str, lexicon) -> None:
    assert "announcement" in event_types(body, lexicon)
    assert "statement" not in event_types(body, lexicon)


@pytest.mark.parametrize("body", [
    "The ceasefire will hold, Turkish Defence Minister Hulusi Akar said on Thursday.",
    "The grain deal will not be extended, Russian Foreign Minister Sergei Lavrov said on Thursday.",
    "A senior army officer said the army will not hold talks with the rebels.",
])
def test_no_plan_stays_a_statement(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["statement"]


def test_the_clause_before_the_speaker() -> None:
    assert plan_before("Talks began on Monday. The envoys are due to meet again in Geneva, the mediator ")
    assert not plan_before("The envoys met in Geneva, the mediator ")
    assert not plan_before("The envoys will meet again. On Thursday, the mediator ")
