"""Round 452 (docs/extraction.md, "Dateline city and venue"): "the UN envoy to Yemen … concluded a visit to Sana'a"
placed the visit in the country of the envoy's title; "envoy / ambassador / representative to <state>" names where an
official is posted, not where the visit went. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _visit_venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, headline="Envoy ends trip").events
            if c.event_type == "visit"]


def test_the_envoys_title_is_no_destination(lexicon) -> None:
    body = ("The UN special envoy to Libya, a veteran diplomat, ended a three-day visit to Benghazi on Thursday, "
            "his office said.")
    assert _visit_venues(body, lexicon) == ["Benghazi"]


def test_an_ambassadors_title_is_no_destination(lexicon) -> None:
    body = "The former ambassador to Russia paid a visit to Kyiv on Tuesday to meet the foreign minister."
    assert _visit_venues(body, lexicon) == ["Kyiv"]


def test_guard_a_visit_to_the_state_itself(lexicon) -> None:
    """A guard: a visit told as "a visit to <state>" keeps the state."""
    body = "The UN envoy paid a two-day visit to Yemen on Monday, his office said."
    assert _visit_venues(body, lexicon) == ["Yemen"]
