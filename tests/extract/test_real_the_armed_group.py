"""A group named again by what it is (round 129): "the armed group said", "the rebels said" in a later sentence is the
armed group named last, as "the minister said" is the minister. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_the_armed_group_is_the_group_named_before(lexicon) -> None:
    text = ("The Houthis rejected the truce in Sanaa on Monday. "
            "On Tuesday, the armed group said the deal did not concern them.")
    assert typed_events(text, lexicon)[-1] == ("statement", dt.date(2023, 5, 9), ["Houthis"])


def test_no_group_named_before_is_nobody(lexicon) -> None:
    """A guard: with no group named before, "the armed group" is nobody and its words no event."""
    assert typed_events("On Tuesday, the armed group said the deal did not concern them.", lexicon) == []
