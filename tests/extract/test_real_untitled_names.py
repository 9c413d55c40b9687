"""Officials named in other ways (round 71): "Vice Minister", "Deputy Minister", "top diplomat" are titles ("Peruvian Vice
Minister Luis Vera" is Peru's); a person named with no title as the other party of a meeting verb ("met Luis Vera in
Lima") or before a relative clause at the start of a sentence ("Ana Soto, who heads the delegation, met …") takes part.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_vice_minister_is_a_title(lexicon) -> None:
    text = "Chilean Deputy Foreign Minister Ana Soto and Peruvian Vice Minister Luis Vera met in Lima on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Ana Soto", "Chile", "Luis Vera", "Peru"])]


def test_top_diplomat_is_a_title(lexicon) -> None:
    text = "Peru's top diplomat Luis Vera hosted his Chilean counterpart Ana Soto in Lima on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Ana Soto", "Chile", "Luis Vera", "Peru"])]


def test_an_untitled_person_met(lexicon) -> None:
    text = "Chilean Foreign Minister Ana Soto met Luis Vera in Lima on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Ana Soto", "Chile", "Luis Vera"])]


def test_an_untitled_person_before_a_relative_clause(lexicon) -> None:
    text = "Ana Soto, who heads the Chilean delegation, met Peruvian Foreign Minister Luis Vera in Lima on Tuesday."
    assert typed_events(text, lexicon)[0][2][:1] == ["Ana Soto"]


def test_capitalised_words_before_a_noun_are_no_person(lexicon) -> None:
    """A guard: "met Fishing Industry leaders" names a group of people, not a person "Fishing Industry"."""
    text = "Chilean Foreign Minister Ana Soto met Fishing Industry leaders in Arica on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Ana Soto", "Chile"])]
