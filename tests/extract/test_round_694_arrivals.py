"""Round 694: an arrival told in the progressive ("will be arriving in X") or with its day before the town ("arrived on
Tuesday in X") is a visit, as "arrived in X" is; not one said to be for talks. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_will_be_arriving_in_a_town_on_a_day(lexicon) -> None:
    events = typed_days("The Chilean president, who will be arriving in Lima on Thursday, is to address the Peruvian "
                        "Congress.", lexicon)
    assert ("visit", dt.date(2023, 5, 18)) in events


def test_is_arriving_for_a_state_visit(lexicon) -> None:
    events = typed_days("The Chilean president is arriving in Lima on Monday for a two-day state visit.", lexicon)
    assert [t for t, _ in events] == ["visit"] and events[0][1] == dt.date(2023, 5, 15)


def test_the_day_between_the_verb_and_the_town(lexicon) -> None:
    assert typed_days("The Peruvian foreign minister arrived on Tuesday in Santiago.", lexicon) == [
        ("visit", dt.date(2023, 5, 9))]
    assert typed_days("The Peruvian envoys landed late on Tuesday in Santiago.", lexicon) == [
        ("visit", dt.date(2023, 5, 9))]


def test_guard_an_arrival_for_talks_is_no_visit(lexicon) -> None:
    """The guard: a delegation that arrives to meet the other side comes for the talks."""
    events = typed_days("The Peruvian envoys arrived on Tuesday in Santiago to meet the Chilean negotiators.", lexicon)
    assert "visit" not in [t for t, _ in events]
