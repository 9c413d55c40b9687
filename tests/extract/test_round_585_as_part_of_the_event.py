"""Round 585: a gathering held "as part of the event" or "on the sidelines of the session" the article has told with its
place is there. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> dict:
    return {c.first: (c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events
            if c.event_type in ("meeting", "summit", "talk_round")}


def test_a_meeting_as_part_of_the_event_is_where_the_event_is(lexicon) -> None:
    venues = _venues("Kenyan Foreign Minister Jane Mwangi arrived in Geneva on Thursday for the session of the UN Human Rights "
                     "Council that opened that day.\n\nShe will also meet Ethiopian Foreign Minister Tesfaye Bekele on "
                     "Saturday as part of the event.", lexicon)
    assert venues.get(dt.date(2023, 5, 13)) == "Geneva"


def test_guard_a_meeting_a_month_later_is_not_placed(lexicon) -> None:
    venues = _venues("Kenyan Foreign Minister Jane Mwangi arrived in Geneva on Thursday for the session of the UN Human Rights "
                     "Council that opened that day.\n\nShe will also meet Ethiopian Foreign Minister Tesfaye Bekele on "
                     "June 20 during the visit.", lexicon)
    assert venues.get(dt.date(2023, 6, 20), "absent") is None
