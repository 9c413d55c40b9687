"""Speakers in other shapes (round 70): a titled person with a possessive ("President Ana Soto's office said") is that
person, not a new one named "Ana Soto's"; "According to a statement released by the Peruvian presidency" names its
speaker. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_possessive_person_is_the_person(lexicon) -> None:
    text = "Chilean President Ana Soto's office said in a statement on Tuesday that the talks were going well."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["Ana Soto", "Chile"])]


def test_according_to_a_statement_released_by(lexicon) -> None:
    text = "According to a statement released by the Peruvian presidency on Tuesday, the talks were going well."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["Peru"])]


def test_according_to_a_report_about_someone_names_no_speaker(lexicon) -> None:
    """A guard: "according to a report on the talks" has no speaker."""
    text = "According to a report on the talks, the two sides are close to a deal."
    assert typed_events(text, lexicon) == []
