"""Round 247 (docs/extraction.md, "Dateline city and venue"): the scene of a gathering told in a sentence of its own
places it ("The fifth round opened on Monday. Delegations gathered in Arica for the two-day session"; "Arica is
hosting the talks"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_delegations_gathered_in_a_town(lexicon) -> None:
    body = ("The fifth round of talks between Chile and Peru opened on Monday. Delegations from both countries gathered "
            "in Arica for the two-day session.")
    assert _venues(body, lexicon) == [("talk_round", "Arica")]


def test_a_town_hosting_the_talks(lexicon) -> None:
    body = ("Chile and Peru resumed border negotiations on Monday. Arica is hosting the talks, which are expected to "
            "last two days.")
    assert [v for _, v in _venues(body, lexicon)] == ["Arica"]


def test_a_scene_of_another_day_places_nothing(lexicon) -> None:
    """A guard: a gathering of another day told next to the meeting does not place it."""
    body = ("Chile and Peru resumed border negotiations on Monday. On March 3 last year, their presidents gathered in "
            "Arica for a summit.")
    assert _venues(body, lexicon)[0] == ("meeting", None)
