"""Round 832: a gathering noun followed by "due" and its date is planned for that date ("consultations on the border
due on May 20", "the summit due next week"), as "scheduled for" and "set for" were read. Sentences of our own
(published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of

_GATHERINGS = ("talk_round", "meeting", "summit")


def _gatherings(body: str, lexicon) -> list[tuple]:
    return days_of(body, lexicon, _GATHERINGS)


@pytest.mark.parametrize("body, day", [
    ("Peru's foreign minister said on Thursday that he expects a Chilean delegation in Lima for consultations on the "
     "border due on May 20.", dt.date(2023, 5, 20)),
    ("Officials in Lima are preparing the summit of the Andean presidents due on 22 May.", dt.date(2023, 5, 22)),
    ("Chile's foreign ministry is drafting its proposals for the negotiations with Bolivia due on Monday.",
     dt.date(2023, 5, 15)),
    ("The agenda of a meeting of the two foreign ministers, due next Wednesday in Quito, is not settled, diplomats said.",
     dt.date(2023, 5, 17)),
])
def test_a_gathering_due_on_a_day_is_planned_for_it(body: str, day: dt.date, lexicon) -> None:
    assert any(first == day for _, first in _gatherings(body, lexicon)), _gatherings(body, lexicon)


def test_guard_a_payment_due_is_no_gathering(lexicon) -> None:
    """The guard: "due" after a noun that names no gathering plans nothing."""
    body = "Peru's finance minister said the next payment on the border fund is due on May 20."
    assert _gatherings(body, lexicon) == []
