"""A state named by another of its names is a place (round 187; docs/extraction.md, "Dateline city and venue": a
country when only the country is given). "met … in Turkey", "talks in Britain", "who is visiting Turkey" gave no venue:
only a state's main name ("Türkiye", "United Kingdom") was a place, not the other names the gazetteer gives it. They
now are, under the state's name; acronyms ("UAE", "DRC") are not, as they mostly stand before a noun ("at the UAE
Ministry", "in the DRC conflict"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events]


def test_another_name_of_a_state(lexicon) -> None:
    body = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi in Turkey on Monday."
    assert _venues(body, lexicon) == ["Türkiye"]
    body = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi in Britain on Monday."
    assert _venues(body, lexicon) == ["United Kingdom"]


def test_an_acronym_before_a_noun_is_no_place(lexicon) -> None:
    """A guard: "at the UAE Ministry of Foreign Affairs" names no venue by the acronym."""
    body = ("Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi on Monday at the UAE "
            "Ministry of Foreign Affairs.")
    assert _venues(body, lexicon) != ["United Arab Emirates"]
