"""Round 567: the parties of standing talks meeting others ("Both delegations met on Friday with representatives of
countries accompanying the talks") hold a meeting, not a round of their talks. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def test_delegations_meeting_representatives_of_countries_is_a_meeting(lexicon) -> None:
    days = typed_days("The government of Colombia and the ELN began a new round of talks in Caracas on Saturday. Both "
                      "delegations met on Friday with representatives of countries accompanying the peace talks.", lexicon)
    assert ("meeting", days[-1][1]) in days and days[-1][0] == "meeting"


def test_guard_delegations_meeting_each_other_is_a_round(lexicon) -> None:
    """The guard: the two delegations meeting each other for the talks stay a session of them."""
    days = typed_days("The government of Colombia and the ELN began a new round of talks in Caracas on Saturday. Both "
                      "delegations met again on Monday in Caracas for the peace talks.", lexicon)
    assert all(kind == "talk_round" for kind, _ in days)
