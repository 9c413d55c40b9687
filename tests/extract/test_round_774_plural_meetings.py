"""Round 774: "held meetings in <town> with …", "had bilateral meetings on <day>": meetings told in the plural after a
past "held" or "had" are a meeting of that day. Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _meetings(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, published="2023-04-11")
    return [(c.event_type, c.first, c.last, c.venue[0] if c.venue else None) for c in extraction.events]


@pytest.mark.parametrize("body, first, last", [
    ("On Monday, the envoy held meetings in Lima with Peruvian officials.", dt.date(2023, 4, 10), dt.date(2023, 4, 10)),
    ("Between April 3 and 6, the envoy held meetings in Lima with officials.", dt.date(2023, 4, 3), dt.date(2023, 4, 6)),
    ("The envoy held bilateral meetings in Lima on Monday.", dt.date(2023, 4, 10), dt.date(2023, 4, 10)),
    ("The mediator had separate meetings in Lima on Monday with both delegations.", dt.date(2023, 4, 10),
     dt.date(2023, 4, 10)),
])
def test_meetings_held_in_the_plural(body: str, first: dt.date, last: dt.date, lexicon) -> None:
    assert _meetings(body, lexicon) == [("meeting", first, last, "Lima")]


def test_guard_a_count_of_meetings_is_no_event(lexicon) -> None:
    """The guard: a count before the noun is an aggregate ("held three meetings"), no event."""
    assert _meetings("The two sides held three meetings in Lima last year.", lexicon) == []


def test_guard_meetings_to_come_are_a_programme(lexicon) -> None:
    """The guard: meetings to come, told in the plural, are the programme of a visit, no event of their own."""
    assert _meetings("The envoy is expected to hold further meetings in Lima.", lexicon) == []
