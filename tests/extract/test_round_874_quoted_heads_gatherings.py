"""Round 874: a gathering of heads that a speaker plans inside a quote is a summit, as round 871 reads one in the
sentence itself ("We decided to hold the next meeting of the Supreme Eurasian Economic Council on 20 May"). Sentences
of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_days

MAY_20 = dt.date(2023, 5, 20)


@pytest.mark.parametrize("body", [
    "\u201cWe decided to hold the next meeting of the Supreme Eurasian Economic Council on 20 May in Minsk,\u201d the "
    "chairman said.",
    "\u201cOur leaders' meeting will take place in Lima on 20 May,\u201d the Andean bloc's secretary general said.",
])
def test_quoted_plan_of_a_heads_gathering_is_a_summit(body: str, lexicon) -> None:
    assert ("summit", MAY_20) in typed_days(body, lexicon)


def test_guard_quoted_ministers_meeting_stays_a_meeting(lexicon) -> None:
    """The guard: the ministers' next meeting, planned in a quote, is a meeting."""
    body = ("\u201cThe next meeting of the foreign ministers will be held in Lima on 20 May,\u201d the Peruvian foreign "
            "minister said.")
    assert ("meeting", MAY_20) in typed_days(body, lexicon)
