"""Round 473 (docs/extraction.md, "Dates"; rounds 160 and 393): "The envoy concluded a two-day visit to Amman, during
which he met the king. … He had arrived in Amman on Sunday." The visit took the day of the arrival alone: the duration
stood in a sentence with no day, and `spans._durations` stretched only a day of its own sentence. An undated "N-day
visit" now keeps its length, and the day that another sentence of the same visit gives (its arrival) starts it.
Sentences of our own (published on Wednesday 7 June 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _visits(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Envoy leaves Amman", published="2023-06-07")
    return [(c.first, c.last) for c in extraction.events if c.event_type == "visit"]


def test_the_arrival_starts_a_visit_of_two_days(lexicon) -> None:
    body = ("The UN envoy to Syria, Geir Pedersen, concluded a two-day visit to Amman, during which he held talks with "
            "Jordanian officials.\n\n"
            "Pedersen had arrived in Amman on Sunday to meet Jordanian Foreign Minister Ayman Safadi.")
    assert _visits(body, lexicon) == [(dt.date(2023, 6, 4), dt.date(2023, 6, 5))]


def test_guard_a_visit_with_no_length_stays_one_day(lexicon) -> None:
    """A guard: without a length told, the arrival day alone."""
    body = ("The UN envoy to Syria, Geir Pedersen, concluded a visit to Amman, during which he held talks with Jordanian "
            "officials.\n\n"
            "Pedersen had arrived in Amman on Sunday to meet Jordanian Foreign Minister Ayman Safadi.")
    assert _visits(body, lexicon) == [(dt.date(2023, 6, 4), dt.date(2023, 6, 4))]
