"""Round 692: "within N days / weeks / months after <a day>" is the span of the count, from the next day, not the day it
counts from. Sentences of our own, on the dates and through an article."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates
from tests.extract.own_text import typed_days

_ANCHOR = dt.date(2023, 5, 12)


def _spans(text: str) -> list[tuple]:
    return [(d.first, d.last, d.precision) for d in find_dates(text, _ANCHOR)]


def test_within_weeks_after_a_full_date() -> None:
    assert _spans("The committee will convene within two weeks after 10 May 2023.") == [
        (dt.date(2023, 5, 11), dt.date(2023, 5, 24), "day")]


def test_within_a_month_after_a_day_is_month_precise() -> None:
    assert _spans("Another session is scheduled within one month after 7 May 2023 to review the truce.") == [
        (dt.date(2023, 5, 8), dt.date(2023, 6, 7), "month")]


def test_within_days_of_a_day_without_its_year_counts_from_the_nearest() -> None:
    """The count is ahead; the day it starts from is this May's, not next year's."""
    assert _spans("A joint commission is to meet within 30 days of May 10.") == [
        (dt.date(2023, 5, 11), dt.date(2023, 6, 9), "day")]


def test_within_days_following_in_an_article(lexicon) -> None:
    assert typed_days("The envoys said the two delegations would meet again in Geneva within seven days following "
                      "3 May.", lexicon) == [("meeting", dt.date(2023, 5, 4))]


def test_guard_a_day_without_within_stays_that_day() -> None:
    """The guard: "two weeks after 10 May" is no deadline; and "within" before no count leaves the day."""
    assert _spans("The committee will convene on 24 May, two weeks after 10 May.")[0] == (
        dt.date(2023, 5, 24), dt.date(2023, 5, 24), "day")
    assert _spans("Within the government, the plan approved on 10 May was criticised.") == [
        (dt.date(2023, 5, 10), dt.date(2023, 5, 10), "day")]
