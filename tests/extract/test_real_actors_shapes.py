"""Actors in other shapes (round 48): "Chile's top diplomat", an apposition with "her Peruvian counterpart", "Peru's
Luis Vera" without a title, and "X told Y in a phone call that ..." (the call, with both); sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


_events = typed_events


def test_a_states_top_diplomat_is_that_state(lexicon) -> None:
    assert _events("Chile's top diplomat spoke by phone with Peru's foreign minister on Monday.", lexicon) == \
        [("call", dt.date(2023, 5, 8), ["Chile", "Peru"])]


def test_an_apposition_with_her_counterpart_names_the_person(lexicon) -> None:
    events = _events("Ana Ruiz, the Chilean foreign minister, and Luis Vera, her Peruvian counterpart, met in Arica on Monday.",
                     lexicon)
    assert events == [("meeting", dt.date(2023, 5, 8), ["Ana Ruiz", "Chile", "Luis Vera", "Peru"])]


def test_a_states_person_named_without_a_title(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz and Peru's Luis Vera met in Arica on Monday.", lexicon)
    assert events == [("meeting", dt.date(2023, 5, 8), ["Ana Ruiz", "Chile", "Luis Vera", "Peru"])]


def test_a_states_ministry_is_no_person(lexicon) -> None:
    """A guard: "Peru's Foreign Ministry" and "Peru's Foreign Minister" name no person called so."""
    events = _events("Peru's Foreign Ministry said on Monday that Peru's Foreign Minister will travel to Arica.", lexicon)
    assert all("Foreign Ministry" not in a and "Foreign Minister" not in a for _, _, actors in events for a in actors)


def test_words_told_in_a_phone_call_are_the_call(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz told her Peruvian counterpart Luis Vera in a phone call on Monday "
                     "that talks should resume.", lexicon)
    assert events == [("call", dt.date(2023, 5, 8), ["Ana Ruiz", "Chile", "Luis Vera", "Peru"])]
