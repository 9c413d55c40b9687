"""Speech told by an opening participle (round 127): "Declaring "…," X hosted the signing on Tuesday" is X's statement of
that day and X still hosts. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_declaring_before_the_subject(lexicon) -> None:
    text = 'Declaring "a new era for the region," Peruvian President Ana Soto hosted the signing on Tuesday.'
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["Ana Soto", "Peru"]),
                                           ("meeting", dt.date(2023, 5, 9), ["Ana Soto", "Peru"])]


def test_a_participle_inside_the_sentence_is_no_opening(lexicon) -> None:
    """A guard: "after declaring …" in mid-sentence is no speech act of its own."""
    text = 'Peruvian President Ana Soto hosted the signing on Tuesday after declaring "a new era for the region."'
    assert [event_type for event_type, _, _ in typed_events(text, lexicon)] == ["meeting"]
