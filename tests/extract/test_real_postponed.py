"""Events put off or called off (round 84): "the talks were postponed indefinitely", "postponed until further notice",
"called off the talks", "the summit was cancelled" gave nothing; they are the planned event with status postponed or
cancelled (`models.STATUSES`), typed by its noun, kept undated when the text gives no day, dated by the new day when it
does ("postponed to June 5" is a future day); a postponement told after the planned event ("… scheduled for June 20.
On Monday they were postponed") is that event, not one of the day of the postponement. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.status, c.first, sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events if c.event_type not in ("statement", "announcement", "proposal")]


def test_talks_postponed_indefinitely(lexicon) -> None:
    assert _events("The talks between Russia and Ukraine were postponed indefinitely.", lexicon) == [
        ("talk_round", "postponed", None, ["Russia", "Ukraine"])]


def test_a_round_postponed_until_further_notice(lexicon) -> None:
    body = "The 22nd round of the Astana talks, scheduled for June 20, has been postponed until further notice."
    assert _events(body, lexicon) == [("talk_round", "postponed", dt.date(2023, 6, 20), [])]


def test_called_off_and_cancelled(lexicon) -> None:
    assert _events("Armenia called off the visit of its foreign minister to Baku.", lexicon)[0][:2] == ("visit", "cancelled")
    assert _events("The summit between Russia and Turkey was cancelled.", lexicon) == [
        ("summit", "cancelled", None, ["Russia", "Türkiye"])]


def test_postponed_to_a_new_day(lexicon) -> None:
    assert _events("The meeting between Chile and Peru was postponed to June 5.", lexicon) == [
        ("meeting", "postponed", dt.date(2023, 6, 5), ["Chile", "Peru"])]


def test_a_postponement_told_after_the_plan(lexicon) -> None:
    body = "The talks were scheduled for June 20 in Geneva. On Monday they were postponed indefinitely."
    assert _events(body, lexicon) == [("meeting", "postponed", dt.date(2023, 6, 20), [])]


def test_a_cancelled_meeting_as_adjective(lexicon) -> None:
    """A guard: "the cancelled meeting" reports no event of its own."""
    assert _events("The ministers did not discuss the cancelled meeting.", lexicon) == []
