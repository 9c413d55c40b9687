"""Round 880: "has / have had a meeting, talks, a conversation, a call" is a present perfect of the gathering, news of the
day of publication as the other present perfects of `undated_events._PERFECT` (the headline part of the round was
withdrawn for main's round 890, which does it). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

FRIDAY = dt.date(2023, 5, 12)


def _days(body: str, lexicon, types: tuple[str, ...]) -> list:
    return [c.first for c in extract_own(body, lexicon, headline="Politics").events if c.event_type in types]


@pytest.mark.parametrize("body, types", [
    ("Russian Deputy Foreign Minister Andrei Rudenko and the Chinese ambassador in Moscow, Zhang Hanhui, have had a "
     "meeting in the course of which they reviewed preparations for consultations on Afghanistan.", ("meeting",)),
    ("The foreign ministers of Armenia and Azerbaijan have had talks on the delimitation of their border and on the "
     "draft of a peace treaty.", ("meeting", "talk_round")),
    ("Turkish Foreign Minister Hakan Fidan has had a telephone conversation with Russian Foreign Minister Sergei "
     "Lavrov about the grain corridor.", ("call",)),
])
def test_present_perfect_had_a_gathering(body: str, types, lexicon) -> None:
    assert _days(body, lexicon, types)[:1] == [FRIDAY]


def test_guard_had_no_contact_dates_nothing(lexicon) -> None:
    body = ("The foreign ministers of Armenia and Azerbaijan have had no contact since the autumn, and their deputies "
            "will meet in Brussels in June.")
    assert FRIDAY not in _days(body, lexicon, ("meeting", "talk_round"))
