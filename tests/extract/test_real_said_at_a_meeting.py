"""Words said at or after a meeting the sentence names (round 171): "X said on Tuesday after a meeting with the UN chief"
and "X said at a meeting with Y in Lima on Tuesday" gave only X's words, which then took the meeting's label (type
wrong) or lost their day to it. The meeting is now an event of its own, with the speaker as a participant and the day
of the words (or the words take the meeting's day); the words stay a statement (docs/extraction.md, "Types": words the
article gives as the participant's own, with "said", are a statement as well). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_said_after_a_meeting_with(lexicon) -> None:
    text = "Chile remains committed to the talks, Foreign Minister Luis Vera said on Tuesday after a meeting with the UN chief."
    events = typed_events(text, lexicon)
    assert ("statement", dt.date(2023, 5, 9), ["Luis Vera"]) in events
    assert ("meeting", dt.date(2023, 5, 9), ["Luis Vera", "United Nations"]) in events


def test_said_at_a_meeting_with_its_day_after(lexicon) -> None:
    text = "“We remain committed,” Luis Vera said at a meeting with Bolivian Deputy Minister Ana Soto in La Paz on Tuesday."
    assert [(t, day) for t, day, _ in typed_events(text, lexicon)] == [("statement", dt.date(2023, 5, 9)),
                                                                        ("meeting", dt.date(2023, 5, 9))]


def test_a_meeting_with_reporters_is_no_meeting(lexicon) -> None:
    """A guard: a meeting with reporters in a town names no party."""
    text = "Chile remains committed to the talks, Luis Vera said on Tuesday after a meeting with reporters in Lima."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["statement"]
