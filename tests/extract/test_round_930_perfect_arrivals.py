"""Round 930: a lead telling an arrival, a return or a hosting in the present perfect is news of the publication day.

"The envoy has landed in Doha", "the minister has travelled to Ankara", "Qatar has hosted …": like "has met" and "has
arrived", the present perfect of the lead with no day of its own tells what happened on the day of the report
(docs/extraction.md, "Undated events"). Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

PUBLISHED = dt.date(2023, 5, 12)


def _days(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first) for c in extract_own(body, lexicon, headline="Envoy in Doha").events
            if c.event_type not in ("statement", "proposal", "announcement")]


@pytest.mark.parametrize("body", [
    "The US special envoy for Afghanistan Zalmay Khalilzad has landed in Doha to resume the talks with the Taliban, "
    "officials said.",
    "Russian Foreign Minister Sergei Lavrov has travelled to Ankara for a visit and talks with his Turkish counterpart "
    "Hakan Fidan.",
    "The Chinese foreign minister has traveled to Jakarta on an official visit, the ministry said.",
    "Qatar's Prime Minister has hosted a meeting of Israeli and Hamas negotiators in Doha, a diplomat told reporters.",
])
def test_an_arrival_in_the_present_perfect_is_news_of_the_day(body: str, lexicon) -> None:
    days = _days(body, lexicon)
    assert days and all(day == PUBLISHED for _, day in days)


def test_an_arrival_with_its_own_day_keeps_it(lexicon) -> None:  # guard: a day the sentence gives wins
    days = _days("Russian Foreign Minister Sergei Lavrov flew to Ankara on Tuesday for talks with Turkish Foreign "
                 "Minister Hakan Fidan.", lexicon)
    assert days and all(day == dt.date(2023, 5, 9) for _, day in days)
