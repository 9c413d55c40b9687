"""An accord told by its noun and a participle with a date (round 133): "an earlier truce announced on May 2", "an
agreement reached by the sides in Oslo in March 2019" are agreements of that day, also next to another event's verb; the
participle with no date after it ("the agreement reached by them") reports nothing. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_announced_accord_next_to_a_signed_one(lexicon) -> None:
    text = ("The envoy urged both armies to respect an earlier truce announced on May 2 to open corridors, "
            "as well as a prisoner deal signed on May 9.")
    assert typed_days(text, lexicon) == [("agreement", dt.date(2023, 5, 2)), ("agreement", dt.date(2023, 5, 9))]


def test_reached_by_the_sides_with_a_month(lexicon) -> None:
    text = "The swaps are part of an agreement reached by the government and the rebels during talks in Oslo in March 2019."
    assert typed_days(text, lexicon) == [("agreement", dt.date(2019, 3, 1))]


def test_reached_with_no_date_is_no_event(lexicon) -> None:
    """A guard: the accord reached, undated, does not take the date of the meeting told before it."""
    text = "After the last meeting of the generals in October 2022, troops moved back as per the agreement reached by them."
    assert typed_days(text, lexicon) == [("meeting", dt.date(2022, 10, 1))]
