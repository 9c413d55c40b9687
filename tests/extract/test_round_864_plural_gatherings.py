"""Round 864: a plural gathering noun as the subject of a verb of happening ("Meetings will take place on Monday in
Cairo", "Separate sessions were held in Geneva on Tuesday") tells a gathering, as the singular did; guards that a
count before the noun stays a tally, and that the singular keeps its reading."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_days


@pytest.mark.parametrize("body, day", [
    ("Meetings will take place Monday in Cairo between the two delegations.", dt.date(2023, 5, 15)),
    ("The meetings will take place on Monday in Cairo.", dt.date(2023, 5, 15)),
    ("Meetings took place on Monday in Cairo with the mediators.", dt.date(2023, 5, 8)),
    ("Meetings will be held in Doha on Monday, a Qatari official told reporters.", dt.date(2023, 5, 15)),
    ("Separate sessions were held in Geneva on Tuesday with each delegation.", dt.date(2023, 5, 9)),
])
def test_a_plural_gathering_subject_is_an_event(lexicon, body, day):
    assert any(kind in ("meeting", "talk_round") and first == day for kind, first in typed_days(body, lexicon))


@pytest.mark.parametrize("body, expected", [
    ("Three meetings took place in Cairo last year.", []),
    ("The meeting will take place Monday in Cairo.", [("meeting", dt.date(2023, 5, 15))]),
])
def test_a_count_stays_a_tally_and_the_singular_is_unchanged(lexicon, body, expected):
    assert typed_days(body, lexicon) == expected
