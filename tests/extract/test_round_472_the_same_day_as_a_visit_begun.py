"""Round 472 (docs/extraction.md, "Dates"; round 182's sequels): "X began a three-day visit to Egypt on Sunday. He met
his Egyptian counterpart earlier in the day." The meeting took the whole visit (Sunday to Tuesday) from its context,
and "earlier in the day" was not read, since after a span of days which one is meant is not said. But a span that a
duration stretched from the one day the sentence told ("began a three-day visit on Sunday") has that day told: "the
same day" is it. Sentences of our own (published on Tuesday 6 June 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _meetings(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Visit", published="2023-06-06")
    return [(c.first, c.last) for c in extraction.events if c.event_type == "meeting"]


def test_earlier_in_the_day_is_the_day_the_visit_began(lexicon) -> None:
    body = ("Greek Foreign Minister Giorgos Gerapetritis began a three-day visit to Egypt on Sunday.\n\n"
            "He met his Egyptian counterpart Sameh Shoukry and addressed a joint news conference earlier in the day.")
    assert _meetings(body, lexicon) == [(dt.date(2023, 6, 4), dt.date(2023, 6, 4))]


def test_guard_a_span_told_as_such_leaves_the_day_open(lexicon) -> None:
    """A guard: talks told from one day to another give "later that day" no day of its own."""
    body = ("Delegations of Serbia and Kosovo held talks in Brussels from Sunday to Tuesday.\n\n"
            "The envoy met the Serbian negotiator Petar Petkovic later that day.")
    assert _meetings(body, lexicon)[-1] == (dt.date(2023, 6, 4), dt.date(2023, 6, 6))
