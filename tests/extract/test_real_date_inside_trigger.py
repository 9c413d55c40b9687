"""A date told inside the words of the event (round 144): "The United Nations Security Council adopted on Wednesday a
resolution …" is a decision of that Wednesday: the day stands between the verb and its object, inside the trigger, and
belonged to no event before. A date after the trigger still goes to the nearest event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_adopted_on_a_day_a_resolution(lexicon) -> None:
    text = "The United Nations Security Council adopted on Wednesday a resolution expressing its support for the Lima plan."
    assert typed_days(text, lexicon) == [("decision", dt.date(2023, 5, 10))]


def test_adopted_a_resolution_on_a_day(lexicon) -> None:
    """A guard: the usual order dates it as before."""
    text = "The United Nations Security Council adopted a resolution on Wednesday expressing its support for the Lima plan."
    assert typed_days(text, lexicon) == [("decision", dt.date(2023, 5, 10))]
