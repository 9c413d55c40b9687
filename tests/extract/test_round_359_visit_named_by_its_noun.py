"""Round 359: a visit told by its noun with its own date ("Recalling the Turkish minister's visit to Islamabad in
January 2021, …", "after his visit to Ankara in March") was no event, as a summit or talks told so already were.
"visit" (with its "to <Place>") is now one of the nouns read before a date, also after a possessive. Sentences of our
own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_possessive_visit_with_a_month(lexicon) -> None:
    days = typed_days("Recalling the Turkish Foreign Minister's visit to Islamabad in January 2021, Pakistani Foreign "
                      "Minister Shah Mahmood Qureshi praised the ties.", lexicon)
    assert ("visit", dt.date(2021, 1, 1)) in days


def test_his_visit_with_a_month(lexicon) -> None:
    days = typed_days("Recalling his visit to Ankara in March, Pakistani Foreign Minister Shah Mahmood Qureshi praised "
                      "the ties.", lexicon)
    assert ("visit", dt.date(2023, 3, 1)) in days


def test_guard_an_undated_visit_is_no_event(lexicon) -> None:
    days = typed_days("Recalling his visit to Ankara, Pakistani Foreign Minister Shah Mahmood Qureshi praised the ties on "
                      "Tuesday.", lexicon)
    assert "visit" not in [t for t, _ in days]
