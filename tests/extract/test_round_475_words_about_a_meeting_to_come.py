"""Round 475 (docs/extraction.md, "Dates", guideline 2; round 250's `speech_dates.reports`): words with no day that name
an event by a definite noun in the future ("The meeting, the ambassador said, would allow the council …") took the day
of the last held event above them, though the event they speak of is one to come: they report no held event, and are
dated as any "said" that reports none. Sentences of our own (published on Saturday 10 June 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

_HELD = ("Egyptian Foreign Minister Sameh Shoukry met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Cairo "
         "on Friday.\n\n")


def _statement_days(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Council to meet", published="2023-06-10")
    return [c.first for c in extraction.events if c.event_type == "statement"]


def test_words_about_the_meeting_to_come_report_no_held_one(lexicon) -> None:
    body = _HELD + ("The Security Council will hold a meeting on Monday on the crisis.\n\n"
                    "The meeting, Russian ambassador Vassily Nebenzia said, would allow the council to support the "
                    "mediators.")
    assert _statement_days(body, lexicon) == [dt.date(2023, 6, 10)]


def test_guard_words_about_the_meeting_held_take_its_day(lexicon) -> None:
    """A guard: the same words in the past report the meeting held the day before."""
    body = _HELD + ("The meeting, Russian ambassador Vassily Nebenzia said, had allowed the two mediators to align their "
                    "positions.")
    assert _statement_days(body, lexicon) == [dt.date(2023, 6, 9)]
