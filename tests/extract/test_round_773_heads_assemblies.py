"""Round 773: a regional bloc's "Assembly / Authority / Conference / Session of Heads of State (and Government)" told as
held, convened, opened or met is a summit. Sentences of our own (published Tuesday 2023-04-11)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _gatherings(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon, published="2023-04-11")
    return [(c.event_type, c.first, c.venue[0] if c.venue else None) for c in extraction.events]


@pytest.mark.parametrize("body, day, town", [
    ("The 12th Extraordinary Assembly of the Andean Heads of State and Government was convened on Monday in Quito, "
     "chaired by the President of Ecuador.", dt.date(2023, 4, 10), "Quito"),
    ("The Conference of Heads of State and Government of the Andean Community was held in Lima on Monday.",
     dt.date(2023, 4, 10), "Lima"),
    ("The Authority of Heads of State and Government of the West African bloc met in Abuja on Sunday to discuss the "
     "crisis.", dt.date(2023, 4, 9), "Abuja"),
    ("The ordinary Session of the Assembly of Heads of State of the regional bloc opened in Addis Ababa on Sunday.",
     dt.date(2023, 4, 9), "Addis Ababa"),
])
def test_an_assembly_of_heads_of_state_is_a_summit(body: str, day: dt.date, town: str, lexicon) -> None:
    assert _gatherings(body, lexicon) == [("summit", day, town)]


def test_guard_an_assembly_to_come_named_by_ministers(lexicon) -> None:
    """The guard: the assembly named as the object of the ministers' meeting is no gathering of its own."""
    body = "The ministers met in Lima on Monday to prepare the Assembly of Heads of State next month."
    assert _gatherings(body, lexicon) == [("meeting", dt.date(2023, 4, 10), "Lima")]
