"""Round 422: a gathering told only as a question ("whether the talks will be held") or a condition ("can only take
place after …") is no event (`conditions.py`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_question_about_talks_is_no_event(lexicon) -> None:
    body = "Asked whether the border talks will be held later this month, Foreign Minister Lena Varga gave no answer."
    assert [t for t, _ in typed_days(body, lexicon) if t in ("talk_round", "meeting")] == []


def test_a_conditional_meeting_is_no_event(lexicon) -> None:
    body = ("Foreign Minister Lena Varga spoke by phone on Thursday with her counterpart Tomas Brenner.\n\n"
            "Varga stated that her meeting with Prime Minister Ahmet Yilmaz can only take place after careful preparation.")
    assert [t for t, _ in typed_days(body, lexicon) if t == "meeting"] == []


def test_guard_a_planned_meeting_stays(lexicon) -> None:
    body = "Foreign Minister Lena Varga will meet Prime Minister Ahmet Yilmaz in Vienna on May 16."
    assert ("meeting", dt.date(2023, 5, 16)) in typed_days(body, lexicon)
