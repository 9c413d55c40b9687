"""A border post named by its place (round 153): "met at the Chacalluta border crossing" is at Chacalluta, a place no
table knows, named before "border" and what kind of post it is; a border named by its states or their adjectives ("the
Chile-Peru border", "the Peruvian border") is no venue. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue for c in extract_own(body, lexicon).events]


def test_a_border_meeting_point(lexicon) -> None:
    text = "The corps commanders of Chile and Bolivia met at the Visviri-Charana border meeting point on Tuesday."
    assert _venues(text, lexicon) == [("Visviri-Charana", None)]


def test_a_border_crossing(lexicon) -> None:
    text = "The generals of Chile and Peru met at the Chacalluta border crossing on Tuesday to discuss the patrols."
    assert _venues(text, lexicon) == [("Chacalluta", None)]


def test_a_border_named_by_its_states_is_no_venue(lexicon) -> None:
    """A guard."""
    for border in ("Chile-Peru", "Chilean-Peruvian", "Peruvian"):
        text = f"The generals of Chile and Peru met at the {border} border on Tuesday to discuss the patrols."
        assert _venues(text, lexicon) == [None], border
