"""Round 371: consultations or talks held, conducted or carried out with an adverbial between the verb and its noun
("will conduct, towards the end of this week, consultations in Germany") were lost: the noun is read only before its
date, the verb only before its noun (`meeting_verbs.py`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_consultations_after_an_aside(lexicon) -> None:
    assert typed_days("UN envoy Karl Brenner will conduct, early next week, consultations in Oslo with both parties.",
                      lexicon) == [("meeting", dt.date(2023, 5, 15))]


def test_talks_held_after_an_aside(lexicon) -> None:
    days = typed_days("Sudan and Egypt held, on Tuesday and Wednesday, talks in Cairo on the water dispute.", lexicon)
    assert [(t, d) for t, d in days] == [("meeting", dt.date(2023, 5, 9))]


def test_guard_exercises_after_an_aside_are_no_meeting(lexicon) -> None:
    assert typed_days("The navy conducted, on Monday, exercises in the Black Sea.", lexicon) == []
