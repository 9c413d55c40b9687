"""Round 341: "the meeting" named again, with no party and no date of its own ("During the meeting, the two ministers
discussed …", "the ministry said the meeting took place in a cordial atmosphere"), is the gathering already told, not a
second event (docs/extraction.md, "What counts as an event"). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

MET = ("Foreign Minister Ali Sabry met with Indian Foreign Minister S. Jaishankar on the sidelines of the Indian Ocean "
       "Conference in Perth on Wednesday.")


def test_during_the_meeting_the_ministers_discussed(lexicon) -> None:
    body = f"{MET}\n\nDuring the meeting, the two Foreign Ministers discussed trade and the return of fishermen."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_the_ministry_said_the_meeting_took_place(lexicon) -> None:
    body = f"{MET}\n\nThe ministry said the meeting took place in a cordial atmosphere."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]


def test_guard_a_meeting_described_in_full_on_another_day_stays(lexicon) -> None:
    body = f"{MET}\n\nOn Thursday, the meeting of the conference's working group on fisheries was held in Perth."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("meeting", dt.date(2023, 5, 11))]
