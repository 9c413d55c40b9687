"""A gathering's length told in the next sentence (round 259): "The ministers met in Arica on May 2. The talks lasted
three days." gave the meeting May 2 alone (a duration was read only in the event's own sentence). A gathering dated by
one day whose next sentence says it lasted N days now runs N days from that day, or to it when its own sentence says it
ended then. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last) for c in extract_own(body, lexicon).events]


def test_lasted_from_the_first_day(lexicon) -> None:
    body = "Chilean and Peruvian negotiators met in Arica on May 2. The talks lasted three days."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 2), dt.date(2023, 5, 4))]


def test_lasted_up_to_the_closing_day(lexicon) -> None:
    body = "Chilean and Peruvian negotiators concluded their talks in Arica on May 4. The talks lasted three days."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 2), dt.date(2023, 5, 4))]


def test_hours_and_later_sentences_stay(lexicon) -> None:
    """A guard: a length in hours is no span of days."""
    body = "Chilean and Peruvian negotiators met in Arica on May 2. The meeting lasted three hours."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 2), dt.date(2023, 5, 2))]
