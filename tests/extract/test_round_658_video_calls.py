"""Round 658: two leaders who "talked by videoconference" held a call, as a "video call with" is one; "held a video
conference with X" is that one call, not a meeting beside it. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_talked_by_videoconference(lexicon) -> None:
    body = "The Chilean and Peruvian presidents talked by videoconference on Tuesday."
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 9))]


def test_spoke_via_video_link(lexicon) -> None:
    body = "The Chilean president spoke via video link with his Peruvian counterpart on Wednesday."
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 10))]


def test_held_a_video_conference_is_one_call(lexicon) -> None:
    body = "The Chilean president held a video conference with his Peruvian counterpart on Tuesday."
    assert typed_days(body, lexicon) == [("call", dt.date(2023, 5, 9))]


def test_guard_talks_held_by_video_stay_a_meeting(lexicon) -> None:
    """The guard: talks "held via video link" keep their type (the guideline does not say a video meeting is a call)."""
    body = "The foreign ministers of Chile, Peru and Bolivia held talks via video link on Tuesday."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 9))]
