"""Speakers named with a long title (round 135): "…, added the head of the Peruvian delegation, Ana Soto" and "Ana Soto,
roving ambassador of the Foreign Ministry of Peru, made public the following statement" name their speaker (the head of
a named side's delegation, before or after the name; a title with "roving" and two of-phrases), so the words are
hers. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_head_of_a_named_delegation_after_the_verb(lexicon) -> None:
    text = "The dialogue will resume in Lima, added the head of the Peruvian delegation, Ana Soto."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 12), ["Ana Soto", "Peru"])]


def test_roving_ambassador_of_a_ministry_of_a_state(lexicon) -> None:
    text = "Ana Soto, roving ambassador of the Foreign Ministry of Peru, made public the following statement on Thursday."
    events = typed_events(text, lexicon)
    assert [(t, day) for t, day, _ in events] == [("statement", dt.date(2023, 5, 11))]
    assert {"Ana Soto", "Peru"} <= set(events[0][2])


def test_head_of_delegation_as_a_party(lexicon) -> None:
    """A guard: the head named in apposition to the subject of a meeting takes part in it, and makes no statement."""
    text = "Ana Soto, the head of the Peruvian delegation, met Chilean envoy Luis Vera in Lima on Tuesday."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting"]
