"""An opening date kept against a far one (round 392): "On March 3, Chile and Peru agreed in talks in Arica to set up a
commission that would report to both parliaments in December." gave the accord December (a later date of the same trigger
replaced the opening one whenever a comma stood between that one and the verb, however far the later date stood, here in
a clause of its own). A later date now replaces the opening one only when it is near the verb (60 characters, as
`date_owner.date_owner` reads a date after its trigger). Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last) for c in extract_own(body, lexicon).events]


def test_opening_day_kept_against_a_far_month(lexicon) -> None:
    body = ("On March 3, Chile and Peru agreed in Arica to set up a joint border commission that would report to both "
            "parliaments in December.")
    assert _spans(body, lexicon) == [("agreement", dt.date(2023, 3, 3), dt.date(2023, 3, 3))]


def test_near_later_date_still_wins(lexicon) -> None:
    """A guard: "On Thursday, a paper reported that X will visit Lima in September": the nearer date is the visit's."""
    body = "On Thursday, a Peruvian newspaper reported that the Chilean foreign minister will visit Lima in September."
    assert [(t, f) for t, f, _ in _spans(body, lexicon)] == [("visit", dt.date(2023, 9, 1))]
