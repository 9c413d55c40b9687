"""Round 932: "in the second week of this month", "the last week of next month": that week of the month counted from
publication, seven days at day precision, as "the second week of June" (docs/extraction.md, "Dates" table).

Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last, c.precision) for c in extract_own(body, lexicon).events
            if c.event_type in ("meeting", "summit", "talk_round", "visit")]


@pytest.mark.parametrize("body, first", [
    ("The prime minister said the peace conference on Libya would be convened in Palermo in the second week of this "
     "month.", dt.date(2023, 5, 8)),
    ("The envoys of the two Koreas are expected to meet in Panmunjom during the first week of next month, officials "
     "said.", dt.date(2023, 6, 1)),
    ("A new round of talks between the government and the rebels is planned in Doha for the third week of next month.",
     dt.date(2023, 6, 15)),
    ("The foreign minister will pay an official visit to Beijing in the fourth week of this month, his office said.",
     dt.date(2023, 5, 22)),
])
def test_a_week_of_a_relative_month_is_seven_days(body: str, first: dt.date, lexicon) -> None:
    assert _spans(body, lexicon) == [(first, first + dt.timedelta(days=6), "day")]


def test_the_last_week_of_a_relative_month_ends_it() -> None:
    spans = [(m.first, m.last) for m in find_dates("in the last week of this month", dt.date(2023, 5, 12))]
    assert spans == [(dt.date(2023, 5, 25), dt.date(2023, 5, 31))]  # not also "last week" (the week before)


def test_a_named_month_keeps_its_week(lexicon) -> None:  # guard
    assert _spans("The talks will resume in Geneva in the second week of June, the mediators said.", lexicon) \
        == [(dt.date(2023, 6, 8), dt.date(2023, 6, 14), "day")]
