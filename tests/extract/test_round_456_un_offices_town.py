"""Round 456 (docs/extraction.md, "Dateline city and venue"): "the talks reconvened at UN Geneva on Thursday" named no
venue ("UN Geneva" is no place the tables know); the UN's offices named by their town are that town. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, headline="Talks resume").events
            if c.event_type in ("meeting", "talk_round", "summit")]


def test_un_offices_named_by_their_town(lexicon) -> None:
    body = "The two delegations met at UN Vienna on Thursday for a third day of technical talks, diplomats said."
    assert _venues(body, lexicon) == ["Vienna"]


def test_guard_the_un_alone_is_no_place(lexicon) -> None:
    """A guard: "at the UN" with no town stays without a venue."""
    body = "The two delegations met at the UN on Thursday for a third day of technical talks, diplomats said."
    assert _venues(body, lexicon) == [None]
