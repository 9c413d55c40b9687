"""Round 946: the one gathering a tally singles out is an event (docs/extraction.md, "Background events", "Types").

"Five rounds have been held" is a tally, no event; but news English often goes on to pick one member of it, with "the last
of which", "the last round", "the first round", and gives that one its own verb and day: a dated background round, which the
guideline records. The tally rule dropped every gathering verb near the count. When the member picked is the last of a
series of rounds or meetings, the count is its number ("Astana has hosted eight meetings, the last was held on Dec. 21-22"
gives round 8). Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own, typed_days


@pytest.mark.parametrize("body, day", [
    ("Peru and Chile have held five rounds of border talks in Lima, the last of which was held on March 3-4.", dt.date(2023, 3, 3)),
    ("Peru and Chile have held five rounds of border talks in Lima; the last round was concluded on March 4.", dt.date(2023, 3, 4)),
    ("Peru and Chile have held 5 rounds of border talks so far, and the first round opened in Quito on January 26.",
     dt.date(2023, 1, 26)),
    ("Quito hosted six sessions of the border talks between Peru and Chile, the most recent of which ended on April 2.",
     dt.date(2023, 4, 2)),
])
def test_the_member_singled_out_is_an_event(body: str, day: dt.date, lexicon) -> None:
    assert typed_days(body, lexicon) == [("talk_round", day)]


@pytest.mark.parametrize("body, number", [
    ("Peru and Chile have held five rounds of border talks in Lima, the last of which was held on March 3-4.", 5),
    ("Quito hosted 12 rounds of the border talks between Peru and Chile; the last round was concluded on April 2.", 12),
    ("Peru and Chile have held 5 rounds of border talks so far, and the first round opened in Quito on January 26.", 1),
])
def test_the_last_member_takes_the_count(body: str, number: int, lexicon) -> None:
    """The last takes the count; the first is round 1 by its ordinal (round 1 of the ordinal rule)."""
    assert [c.round_number for c in extract_own(body, lexicon).events] == [number]


@pytest.mark.parametrize("body", [
    "Peru and Chile have held five rounds of border talks since 2019.",
    "Eight rounds of talks have been held in Lima, most of them in March.",
    "The two ministers have met several times this year in Lima.",
])
def test_a_tally_alone_is_no_event(body: str, lexicon) -> None:
    """A guard: the tally without a member singled out stays no event (`clauses._COUNTED`)."""
    assert typed_days(body, lexicon) == []
