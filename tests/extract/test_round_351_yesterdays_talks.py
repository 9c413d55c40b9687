"""Round 351: a gathering named by "yesterday's" or "today's" ("yesterday's talks in Vienna were constructive") had no
verb of its own, so only the words said about it were kept, as a statement. The possessive day dates the gathering
by itself. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_yesterdays_talks_are_a_gathering(lexicon) -> None:
    days = typed_days("UN envoy Hans Grundberg noted that yesterday's talks in Muscat were constructive.", lexicon)
    assert ("meeting", dt.date(2023, 5, 11)) in days


def test_todays_session_is_a_gathering(lexicon) -> None:
    days = typed_days("Today's session of the negotiators marked the third day of the dialogue.", lexicon)
    assert ("meeting", dt.date(2023, 5, 12)) in days


def test_guard_a_possessive_day_with_its_own_verb(lexicon) -> None:
    assert typed_days("Yesterday's meeting in Geneva ended without a deal.", lexicon) == [("meeting", dt.date(2023, 5, 11))]
