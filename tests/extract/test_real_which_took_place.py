"""A gathering whose long name ends far from "which took place" (round 110): "The Permanent Conference on Political Issues
in the Framework of the Negotiation Process for the Settlement of the Conflict, which took place on May 9 and 10 in Rome"
gave nothing, the head noun lying beyond the verb's window; the relative clause's antecedent is the sentence's subject.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.first, c.last, c.venue[0] if c.venue else None) for c in extraction.events]


def test_a_long_named_conference_which_took_place(lexicon) -> None:
    body = ("The Permanent Conference on Political Issues in the Framework of the Negotiation Process for the Settlement "
            "of the Conflict, which took place on May 9 and 10 in Rome, closed with a commitment.")
    assert _events(body, lexicon) == [("meeting", dt.date(2023, 5, 9), dt.date(2023, 5, 10), "Rome")]


def test_a_conflict_which_began_is_no_event(lexicon) -> None:
    assert _events("The conflict, which began in 2014, has killed thousands of people.", lexicon) == []
