"""Round 433 (docs/extraction.md, "Dateline city and venue"): "Lima is hosting the regional summit on June 2-3" gave the
summit no place: "<town> hosts / hosted / is set to host" placed it, the progressive "is hosting" did not. It does now,
when the sentence names no nearer place. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.event_type, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_a_town_is_hosting_the_conference(lexicon) -> None:
    body = "Quito is hosting the 12th Andean Security Conference on May 15-16."
    assert ("meeting", "Quito") in _venues(body, lexicon)


def test_a_town_will_be_hosting_the_summit(lexicon) -> None:
    body = "Arequipa will be hosting the summit of Andean presidents on June 2, the Peruvian foreign ministry said."
    assert ("meeting", "Arequipa") in _venues(body, lexicon)


def test_a_nearer_place_still_wins(lexicon) -> None:
    """A guard: a meeting told with its own town keeps it, though another town is hosting something else."""
    body = "Chilean and Peruvian ministers met in Lima on Tuesday, while Quito is hosting a trade fair."
    assert _venues(body, lexicon)[0] == ("meeting", "Lima")
