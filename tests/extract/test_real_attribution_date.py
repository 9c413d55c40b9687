"""A date before the comma of a closing attribution belongs to the main clause (round 100): "X held talks with Y, …, in
Langfang from Dec. 11 to 12, the ministry said on Monday" dates the talks, not the ministry's words. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def test_the_date_before_the_attribution_is_the_talks(lexicon) -> None:
    body = ("Chile's Deputy Foreign Minister Ana Soto held talks with Lucia Vera, head of the border office of the "
            "Peruvian Foreign Ministry, in Arica from May 8 to 9, the ministry said on Wednesday.")
    extraction = extract_own(body, lexicon)
    meeting = next(c for c in extraction.events if c.event_type == "meeting")
    assert (meeting.first, meeting.last) == (dt.date(2023, 5, 8), dt.date(2023, 5, 9))


def test_last_week_before_the_attribution_is_the_talks_too(lexicon) -> None:
    body = ("Chile's Deputy Foreign Minister Ana Soto held talks with Lucia Vera, head of the border office of the "
            "Peruvian Foreign Ministry, in Arica last week, the ministry on Wednesday said.")
    extraction = extract_own(body, lexicon)
    meeting = next(c for c in extraction.events if c.event_type == "meeting")
    assert meeting.first == dt.date(2023, 5, 1)
