"""Days written with slashes or weekdays joined by a dash (round 255): "met in Arica on 9/05/2023" gave no date (only
dotted day-month-year was read) and "on Monday-Tuesday" the Monday alone (a pair of weekdays wanted spaces around its
dash). A slashed day is read day first, or month first when only that reading is a date, and when both are, the one
nearer publication; "Monday-Tuesday" is the two days, as "Monday and Tuesday". Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

FRIDAY = dt.date(2023, 5, 12)


def _spans(text: str) -> list[tuple]:
    return [(d.first, d.last, d.precision) for d in find_dates(text, FRIDAY)]


def test_slashed_days(lexicon) -> None:
    assert _spans("met on 25/04/2023") == [(dt.date(2023, 4, 25), dt.date(2023, 4, 25), "day")]
    assert _spans("met on 04/25/2023") == [(dt.date(2023, 4, 25), dt.date(2023, 4, 25), "day")]
    assert _spans("met on 09/05/2023") == [(dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day")]
    events = extract_own("Chilean and Peruvian negotiators met in Arica on 9/05/2023.", lexicon).events
    assert [(c.event_type, c.first) for c in events] == [("meeting", dt.date(2023, 5, 9))]


def test_weekdays_joined_by_a_dash(lexicon) -> None:
    assert _spans("met in Arica on Monday-Tuesday") == [(dt.date(2023, 5, 8), dt.date(2023, 5, 9), "day")]
    assert _spans("will meet in Arica on Monday–Tuesday") == [(dt.date(2023, 5, 15), dt.date(2023, 5, 16), "day")]


def test_fractions_and_spaced_pairs_stay(lexicon) -> None:
    """A guard: a fraction is no date, and "Monday and Tuesday" reads as before."""
    assert _spans("a 3/4 majority of the council") == []
    assert _spans("met in Arica on Monday and Tuesday") == [(dt.date(2023, 5, 8), dt.date(2023, 5, 9), "day")]
