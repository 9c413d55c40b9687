"""Leaving a town after talks there (round 131): "A Peruvian delegation left Santiago on Tuesday after talks with Chilean
officials" reports the talks, a meeting of that day. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_left_after_talks_with(lexicon) -> None:
    text = "A Peruvian delegation left Santiago on Tuesday after talks with Chilean officials."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_departed_following_consultations_with(lexicon) -> None:
    text = "A Chilean team departed from La Paz late Sunday following consultations with Bolivian officials."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 7), ["Bolivia", "Chile"])]


def test_left_after_the_talks_collapsed_is_no_meeting(lexicon) -> None:
    """A guard: talks that collapsed name no one they were held with."""
    assert typed_events("The delegation left Santiago on Tuesday after the talks collapsed.", lexicon) == []
