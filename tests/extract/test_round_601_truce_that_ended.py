"""Round 601: a truce that expired with an aside in commas ("The earlier truce, mediated by Oman, expired in August")
or "that ended in late August" is an `other` event, an accord ending; a ceasefire "that ended the war" is not.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_truce_with_an_aside_that_expired(lexicon) -> None:
    days = typed_days("The earlier truce, mediated by Oman, expired in March.", lexicon)
    assert ("other", dt.date(2023, 3, 1)) in days


def test_a_truce_that_ended_in_a_month(lexicon) -> None:
    days = typed_days("The rebels turned down a plan to renew the truce that ended in late March.", lexicon)
    assert [kind for kind, _ in days] == ["other"]


def test_guard_a_ceasefire_that_ended_a_war(lexicon) -> None:
    days = typed_days("The ceasefire that ended the war in 1994 is still holding.", lexicon)
    assert not any(kind == "other" for kind, _ in days)
