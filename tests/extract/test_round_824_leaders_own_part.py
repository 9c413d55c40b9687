"""Round 824: the heads of several states as a group take part in a gathering themselves ("the leaders of X and Y agreed
to take part in a meeting", "the prime ministers of X and Y met"): a `summit`; those who serve them ("the envoys of the
leaders of X and Y met", "advisers to the leaders of …") meet at a meeting. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types



@pytest.mark.parametrize("body", [
    "The leaders of Armenia and Azerbaijan agreed to take part in a meeting in Brussels on Monday.",
    "The presidents of Peru and Chile agreed to meet in Lima on Monday.",
    "The prime ministers of India and Pakistan met in New York on Thursday.",
    "The two prime ministers of Greece and Turkey held talks in Athens on Thursday.",
])
def test_heads_as_a_group_meet_at_a_summit(body: str, lexicon) -> None:
    assert event_types(body, lexicon) == ["summit"]


@pytest.mark.parametrize("body", [
    "The envoys of the leaders of Armenia and Azerbaijan met in Brussels on Thursday.",
    "Advisers to the leaders of France and Germany met in Berlin on Thursday.",
    "The foreign ministers of Armenia and Azerbaijan met in Brussels on Thursday.",
])
def test_guard_those_who_serve_the_heads_meet_at_a_meeting(body: str, lexicon) -> None:
    """The guard: envoys, advisers and ministers of the heads meet at a meeting."""
    assert event_types(body, lexicon) == ["meeting"]
