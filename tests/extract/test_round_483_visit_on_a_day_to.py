"""Round 483: "will make an official visit on Saturday to Addis Ababa, only a few days after both countries signed a
peace agreement" gave no visit (the visit verb wanted "visit to" with nothing between) and kept the undated accord of
the "after" clause as the lead's main event. A day may now stand between "visit" and "to", and an undated event of the
lead is no main event when the lead dates another one. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_visit_on_a_day_to(lexicon) -> None:
    days = typed_days("Kenyan President William Ruto will make an official visit on Saturday to Ethiopia's capital Addis "
                      "Ababa, only a few days after both countries signed a peace agreement.", lexicon)
    assert days == [("visit", dt.date(2023, 5, 13))]


def test_visit_on_a_date_to(lexicon) -> None:
    days = typed_days("Kenyan President William Ruto will pay a state visit on May 20 to Ethiopia, days after the two "
                      "countries signed a trade agreement.", lexicon)
    assert days == [("visit", dt.date(2023, 5, 20))]


def test_guard_an_undated_lead_stays(lexicon) -> None:
    days = typed_days("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a peace agreement in "
                      "Addis Ababa.", lexicon)
    assert days == [("agreement", None)]
