"""Round 644: a call whose day stands between the verb and its particle ("called Tuesday for", "called on Tuesday for",
"appealed on Monday to both sides to") is a proposal of that day, as "called for … on Tuesday" is. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_called_a_day_for(lexicon) -> None:
    assert typed_days("UN chief Antonio Guterres called Tuesday for an immediate ceasefire.", lexicon) \
        == [("proposal", dt.date(2023, 5, 9))]


def test_called_on_a_day_for_takes_that_day(lexicon) -> None:
    assert typed_days("UN chief Antonio Guterres called on Wednesday for a halt to the shelling.", lexicon) \
        == [("proposal", dt.date(2023, 5, 10))]


def test_appealed_on_a_day_to(lexicon) -> None:
    assert typed_days("UN chief Antonio Guterres appealed on Monday to both sides to exercise restraint.", lexicon) \
        == [("proposal", dt.date(2023, 5, 8))]


def test_guard_a_phone_call_on_a_day_is_no_proposal(lexicon) -> None:
    assert "proposal" not in [kind for kind, _ in typed_days(
        "Russian Foreign Minister Sergei Lavrov called Tuesday to congratulate his counterpart.", lexicon)]
