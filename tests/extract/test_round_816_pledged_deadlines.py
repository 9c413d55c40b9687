"""Round 816: a deadline a past pledge set ("pledged to reach a comprehensive agreement by 31 December", "agreed in
October to conclude the talks by March 31") names a day after the pledge, which may lie before or after publication: a
year-less deadline takes the year nearest publication, not the last one as a past act does. Sentences of our own,
published Wednesday 2022-12-21."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2022, 12, 21)


def _last(sentence: str) -> dt.date:
    return find_dates(sentence, PUBLISHED)[-1].first


def test_pledged_by_a_day_ahead() -> None:
    assert _last("At the Nairobi session the two sides pledged to reach a comprehensive peace accord by 31 December.") \
        == dt.date(2022, 12, 31)


def test_agreed_in_a_month_to_finish_by() -> None:
    assert _last("The parties agreed in November to conclude the talks by January 15.") == dt.date(2023, 1, 15)


def test_vowed_no_later_than() -> None:
    assert _last("Both delegations vowed to submit the final text no later than 10 January.") == dt.date(2023, 1, 10)


def test_committed_to_before_a_passed_day() -> None:
    """A deadline nearer on the past side stays there: the year nearest publication either way."""
    assert _last("The government committed itself to withdraw the troops before 30 November.") == dt.date(2022, 11, 30)
    assert _last("The mediators decided on Monday to wrap up the round by December 2.") == dt.date(2022, 12, 2)


def test_guard_past_acts_keep_the_last_year() -> None:
    """The guards: an act told in the past keeps the latest such day on or before publication."""
    assert _last("The two sides signed the accord on 31 December.") == dt.date(2021, 12, 31)
    assert _last("The rebels pulled out of the town by January 15.") == dt.date(2022, 1, 15)
