"""Round 734: a round to come told with a possessive ("hold their next session", "convene its next session") is the
round, as "hold the next session" was; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_their_next_session_is_the_next_round(lexicon) -> None:
    body = ("The 60th round of the Geneva International Discussions ended in Geneva on Tuesday. The participants agreed "
            "to hold their next session on 17-18 June 2023.")
    assert ("talk_round", dt.date(2023, 6, 17)) in typed_days(body, lexicon)


def test_their_next_meeting_and_its_next_session_are_events(lexicon) -> None:
    assert typed_days("The delegations agreed to hold their next meeting on June 17.", lexicon) == [
        ("meeting", dt.date(2023, 6, 17))]
    assert typed_days("The committee said it would convene its next session in Vienna on June 20.", lexicon)[0] == (
        "meeting", dt.date(2023, 6, 20))
    assert typed_days("The sides will hold their next round of talks in Geneva on June 20.", lexicon) == [
        ("meeting", dt.date(2023, 6, 20))]


def test_their_last_session_is_no_round_to_come(lexicon) -> None:
    """A guard: a past session named with a possessive is told, not planned."""
    assert typed_days("The delegations said their last session had been useful.", lexicon) in ([], [("statement", None)])
