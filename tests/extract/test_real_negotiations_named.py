"""Talks named "negotiations" or "consultations" with a date of their own (round 134): "as it did during the Peru-U.S.
working-level negotiations in Oslo in March" is a talk round of that month, and "the consultations in Quito last
month" a meeting, like "the talks in Oslo in March" before; a modifier with dots ("Peru-U.S.") no longer hides the
noun. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_negotiations_with_their_month(lexicon) -> None:
    text = ("If the U.S. still plays for time as it did during the Peru-U.S. working-level negotiations in Oslo in March, "
            "we have no wish to have such negotiations.")
    assert typed_days(text, lexicon) == [("talk_round", dt.date(2023, 3, 1))]


def test_consultations_with_their_month(lexicon) -> None:
    text = "Peru said it hoped for progress after the consultations in Quito last month."
    assert ("meeting", dt.date(2023, 4, 1)) in typed_days(text, lexicon)


def test_negotiations_without_a_date_stay_none(lexicon) -> None:
    """A guard: "such negotiations" with no date of their own are no event."""
    text = "Peru said it had no wish to have such negotiations with Chile."
    assert typed_days(text, lexicon) == [("statement", dt.date(2023, 5, 12))]
