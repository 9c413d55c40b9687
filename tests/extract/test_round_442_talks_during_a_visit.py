"""Round 442: a visit and the talks its own sentence says were held during it ("ended a three-day visit to Lusaka,
during which she held talks with …", "visited Lusaka, where she met …") made a meeting or a talk round beside the
visit; the guideline files them under the visit unless the text dates them apart. A trip "to meet" someone keeps both
(round 185's test). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_during_which_she_held_talks(lexicon) -> None:
    days = typed_days("On Wednesday the Norwegian envoy Kari Nordmann ended a visit to Lusaka, during which she held "
                      "talks with the President of Zambia.", lexicon)
    assert [t for t, _ in days] == ["visit"]


def test_where_she_met(lexicon) -> None:
    days = typed_days("The Norwegian envoy Kari Nordmann visited Lusaka on Tuesday, where she met the President of "
                      "Zambia.", lexicon)
    assert days == [("visit", dt.date(2023, 5, 9))]


def test_guard_meeting_dated_apart_stays(lexicon) -> None:
    days = typed_days("The Norwegian envoy Kari Nordmann arrived in Lusaka on Monday and met the President of Zambia "
                      "on Wednesday.", lexicon)
    assert ("meeting", dt.date(2023, 5, 10)) in days


def test_guard_a_trip_to_meet_keeps_both(lexicon) -> None:
    days = typed_days("UN envoy Kari Nordmann arrived in Lusaka on Monday to meet the rebel leaders.", lexicon)
    assert ("visit", dt.date(2023, 5, 8)) in days
