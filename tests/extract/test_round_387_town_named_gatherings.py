"""Round 387 (docs/extraction.md, "Dateline city and venue"): a gathering named by its town and its number ("the
third Lima meeting") had no venue; it is now held in that town. A round of "the Lima talks" is named by its process
and keeps none (synthetic 025). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _gatherings(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events
            if c.event_type in ("meeting", "talk_round", "summit")]


def test_a_numbered_meeting_named_by_its_town(lexicon) -> None:
    body = ("The third Lima meeting, hosted by the Organization of American States and attended by envoys of Chile "
            "and Bolivia, is scheduled to take place on May 30.")
    assert _gatherings(body, lexicon) == ["Lima"]


def test_a_planned_round_of_town_talks(lexicon) -> None:
    """A guard: a round of the Lima talks is named by its process."""
    body = "Mediators invited Chile and Bolivia to a new round of the Lima talks next week."
    assert _gatherings(body, lexicon) in ([None], [])
