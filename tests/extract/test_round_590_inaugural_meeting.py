"""Round 590 (docs/extraction.md, "Rounds on the real corpus"): "the first meeting of the new committee", "held their
first meeting on Sunday" numbered a round 1. A body's or a track's first meeting is its inaugural sitting, told as
"met for the first time" is (which the guideline says numbers no round), not the first of a counted series: the
gathering stays a session of the talks, with no number. "The first round" and "the second meeting" keep theirs.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.round_mentions import find_rounds


def _rounds(body: str, lexicon) -> list[tuple[str, int | None]]:
    return [(c.event_type, c.round_number) for c in extract_own(body, lexicon, headline="Colombia, ELN talks").events]


def test_their_first_meeting_is_a_session_with_no_number(lexicon) -> None:
    body = "Negotiators of Colombia's government and the ELN held their first meeting in Caracas on Tuesday."
    assert _rounds(body, lexicon) == [("talk_round", None)]


def test_the_first_meeting_of_a_new_body_has_no_number() -> None:
    [mention] = find_rounds("The envoys attended the first meeting of the new joint committee in Geneva.")
    assert mention.number == 1 and mention.inaugural


def test_guard_the_first_round_and_the_second_meeting_keep_their_numbers(lexicon) -> None:
    """The guard: an ordinal of "round" is round 1, and a later meeting of a series is numbered."""
    assert _rounds("Negotiators of Colombia's government and the ELN held the first round of their talks in Caracas "
                   "on Tuesday.", lexicon) == [("talk_round", 1)]
    assert _rounds("Negotiators of Colombia's government and the ELN held the second meeting of their talks in Caracas "
                   "on Tuesday.", lexicon) == [("talk_round", 2)]


def test_guard_a_first_meeting_of_a_counted_series_is_round_one(lexicon) -> None:
    """The guard: where the article counts a later session, the first meeting is the first of that series."""
    body = ("Negotiators of Colombia's government and the ELN will hold the second session of their talks in Caracas on "
            "May 30.\n\nThe first meeting, held in Havana on March 21, set the agenda of the talks.")
    assert sorted(n for _, n in _rounds(body, lexicon) if n) == [1, 2]
