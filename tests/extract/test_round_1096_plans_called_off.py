"""Round 1096: the year-less day of a plan told by its participle and then called off is the one nearest publication.

"An earlier trip … scheduled for the first week of August was canceled", published in September, read the plan as
still to come (August of the next year) because "scheduled for" made the clause future. A plan called off in the past
("was cancelled", "has been postponed", "was called off") names a day near the story, before or after it. Sentences of
our own. Guards: a plan not called off stays ahead; a new day it is put off to stays ahead; a day with its year stays.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_dates

SEPTEMBER = dt.date(2023, 9, 3)


def _spans(text: str) -> list[tuple]:
    return [(d.first, d.last) for d in find_dates(text, SEPTEMBER)]


@pytest.mark.parametrize("text, spans", [
    ("An earlier trip by the Ruritanian foreign minister scheduled for the first week of August was canceled by "
     "Freedonia.", [(dt.date(2023, 8, 1), dt.date(2023, 8, 7))]),
    ("A summit planned for August 10 was called off after the border clashes.",
     [(dt.date(2023, 8, 10), dt.date(2023, 8, 10))]),
    ("The second round, set for late August, has been postponed indefinitely.",
     [(dt.date(2023, 8, 21), dt.date(2023, 8, 31))]),
])
def test_a_plan_called_off_is_read_near_publication(text: str, spans: list) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize("text, spans", [
    ("A summit scheduled for August 10 will bring the two leaders together.",
     [(dt.date(2024, 8, 10), dt.date(2024, 8, 10))]),
    ("A visit scheduled for September 20 was postponed to October 5.",
     [(dt.date(2023, 9, 20), dt.date(2023, 9, 20)), (dt.date(2023, 10, 5), dt.date(2023, 10, 5))]),
    ("A summit scheduled for August 10, 2024 was called off.", [(dt.date(2024, 8, 10), dt.date(2024, 8, 10))]),
])
def test_guards(text: str, spans: list) -> None:
    assert _spans(text) == spans
