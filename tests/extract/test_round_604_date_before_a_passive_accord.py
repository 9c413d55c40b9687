"""Round 604: an accord told in the passive after the date that opens its sentence ("On 3 March 2021, an accord was
brokered by Norway and Qatar …", "On Monday, a deal was struck") is an agreement, as one with the date after its verb
is (round 133). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_day_before_an_accord_brokered(lexicon) -> None:
    events = typed_events("On 3 March 2021, an accord was brokered by Norway and Qatar to open a corridor for food "
                          "convoys.", lexicon)
    assert [(kind, day) for kind, day, _ in events] == [("agreement", dt.date(2021, 3, 3))]
    assert {"Norway", "Qatar"} <= set(events[0][2])


def test_a_weekday_before_a_deal_struck(lexicon) -> None:
    days = [(kind, day) for kind, day, _ in typed_events("On Wednesday, a deal was struck on the prisoners.", lexicon)]
    assert days == [("agreement", dt.date(2023, 5, 10))]


def test_guard_an_accord_brokered_with_no_date_is_none(lexicon) -> None:
    assert typed_events("The accord was brokered by Norway and Qatar to open a corridor for food convoys.", lexicon) == []
