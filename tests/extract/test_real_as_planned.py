"""An event "held as planned" or "took place as scheduled" on a weekday is past (round 213): "as planned" was read as the
clause's future verb, so "The meeting was held as planned on Wednesday" in a Friday story was dated the Wednesday after
publication. "As" before "planned", "scheduled" or "expected" now makes it no verb, as "a planned round" already was.
Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_held_as_planned_is_past(lexicon) -> None:
    assert ("talk_round", dt.date(2023, 5, 10)) in typed_days(
        "The ministerial meeting of the Luanda process went ahead as planned on Wednesday.", lexicon)
    assert any(t in ("meeting", "talk_round") and d == dt.date(2023, 5, 8) for t, d in typed_days(
        "The talks between Armenia and Azerbaijan took place as scheduled on Monday in Washington.", lexicon))


def test_guard_future_stays_future(lexicon) -> None:
    assert any(d == dt.date(2023, 5, 17) for _, d in typed_days(
        "The talks between Armenia and Azerbaijan, as scheduled, will open on Wednesday in Washington.", lexicon))
    assert any(d == dt.date(2023, 5, 17) for _, d in typed_days(
        "The talks between Armenia and Azerbaijan are planned on Wednesday in Washington.", lexicon))
