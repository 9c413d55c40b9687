"""Round 352: an accord told as what talks "resulted in" or as what someone "announced" ("the UN announced a permanent
ceasefire agreement between …") had no trigger; the guideline types an accord reached as an agreement. Sentences of
our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_announced_a_ceasefire_agreement_between(lexicon) -> None:
    days = typed_days("On Tuesday, the African Union announced a lasting ceasefire agreement between the two warring "
                      "factions.", lexicon)
    assert days == [("agreement", dt.date(2023, 5, 9))]


def test_talks_resulted_in_an_agreement(lexicon) -> None:
    days = typed_days("The mediation in Lusaka on Tuesday culminated in a truce between the two militias.", lexicon)
    assert ("agreement", dt.date(2023, 5, 9)) in days


def test_guard_announcing_the_agreement_told_before(lexicon) -> None:
    days = typed_days("On Tuesday, the ministry announced the agreement between the two sides.", lexicon)
    assert "agreement" not in [t for t, _ in days]
