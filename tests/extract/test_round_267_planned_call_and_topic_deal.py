"""Round 267: a call told in the future ("would discuss the grain deal with Putin by phone on Monday", "will speak with
Erdogan by phone on Friday") had no trigger, and the deal it would discuss took the call's day as an agreement of its
own. A call to come is now a call, and an accord that is the topic of a discussion ("discuss the … deal … on Monday")
takes no date from the words after it. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_would_discuss_by_phone_is_a_call_not_a_deal(lexicon) -> None:
    days = typed_days("The Turkish presidency said President Erdogan would discuss the grain deal with Putin by phone on "
                      "Monday.", lexicon)
    assert ("call", dt.date(2023, 5, 15)) in days and "agreement" not in [t for t, _ in days]


def test_will_speak_by_phone(lexicon) -> None:
    days = typed_days("Putin will speak with Erdogan by phone on Tuesday, Kremlin spokesman Dmitry Peskov said.", lexicon)
    assert ("call", dt.date(2023, 5, 16)) in days


def test_guard_a_deal_signed_on_a_day(lexicon) -> None:
    assert typed_days("Armenia and Azerbaijan signed the deal on Monday.", lexicon) == [("agreement", dt.date(2023, 5, 8))]
