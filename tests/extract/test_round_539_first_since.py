"""Round 539 (docs/extraction.md, "Rounds on the real corpus"): "'This was the first meeting of the border mechanism in
the eastern sector since the ninth round of talks held in May,' the ministry said" numbered a round 1: "first" before a
gathering noun was read as its ordinal, though "the first <meeting> … since <X>" is the first in a while, not the first
of a series (as "the first such meeting" is not). Sentences of our own."""
from __future__ import annotations

from tracker.extract.round_mentions import find_rounds


def test_the_first_meeting_since_is_no_round_one() -> None:
    text = "This was the first meeting of the border mechanism in the eastern sector since the ninth round of talks held in May."
    assert [r.number for r in find_rounds(text)] == [9]


def test_the_first_round_is_still_round_one() -> None:
    """A guard: "the first round of talks" with no "since" in its clause is round 1, and so is one whose "since" is past
    a comma."""
    assert [r.number for r in find_rounds("The first round of talks opened in Oslo on Monday.")] == [1]
    assert [r.number for r in find_rounds("The first round of talks opened in Oslo, the first since May.")] == [1]
