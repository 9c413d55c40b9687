"""Round 812: a plan told in the simple past ("was initially scheduled for 10-11 April", "were due to meet in March")
may have fallen before publication or still lie ahead, so a year-less date in it takes the year nearest publication, not
the next one as a plan told in the future does. Sentences of our own, published Wednesday 2023-05-24."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 5, 24)


def _first(sentence: str) -> dt.date:
    return find_dates(sentence, PUBLISHED)[0].first


def test_scheduled_for_a_passed_day() -> None:
    assert _first("The round was initially scheduled for 12-13 April but was put off.") == dt.date(2023, 4, 12)
    assert _first("The meeting had first been announced and was originally planned for April 3.") == dt.date(2023, 4, 3)


def test_due_and_set_in_a_passed_month() -> None:
    assert _first("The envoys were due to meet in March, but the trip was called off.") == dt.date(2023, 3, 1)
    assert _first("The signing was set to take place on 2 May before the fighting resumed.") == dt.date(2023, 5, 2)


def test_plan_told_past_still_ahead() -> None:
    """A past-tense plan for a day just ahead stays ahead: the nearest year either side."""
    assert _first("The summit, which was scheduled for June 5, has been postponed.") == dt.date(2023, 6, 5)


def test_guard_future_and_past_verbs() -> None:
    """The guards: a plan told in the future keeps the next such day; a past act the last one; a year given stays."""
    assert _first("The next round will be held on 12-13 April.") == dt.date(2024, 4, 12)
    assert _first("The round is scheduled for April 3.") == dt.date(2024, 4, 3)
    assert _first("The delegations met on April 3.") == dt.date(2023, 4, 3)
    assert _first("The round was scheduled for April 3, 2024.") == dt.date(2024, 4, 3)
