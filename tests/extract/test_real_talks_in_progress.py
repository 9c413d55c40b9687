"""Talks going on as the story is written (round 91): "a meeting of the contact group is in progress in Minsk", "the
talks are under way", "are ongoing", "is in session" report the session on the day of publication (they gave nothing);
"have resumed negotiations", "has ended", "have convened" are news of that day as "has met" was. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.first, c.venue[0] if c.venue else None) for c in extraction.events]


def test_a_session_in_progress(lexicon) -> None:
    body = ("A meeting of the Trilateral Contact Group on Donbas is in progress in Minsk, representatives of the "
            "Belarusian Foreign Ministry told reporters.")
    assert _events(body, lexicon)[0] == ("talk_round", dt.date(2023, 5, 12), "Minsk")


def test_talks_under_way(lexicon) -> None:
    assert _events("The border talks between Chile and Peru are under way in Lima.", lexicon) == [
        ("meeting", dt.date(2023, 5, 12), "Lima")]


def test_have_resumed(lexicon) -> None:
    assert _events("Chile and Peru have resumed border negotiations in Lima.", lexicon) == [
        ("meeting", dt.date(2023, 5, 12), "Lima")]
