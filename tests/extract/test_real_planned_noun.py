"""An event planned in a noun phrase next to another event (round 96): "Chile has agreed to hold talks with Peru on March
29, ahead of a summit of their leaders planned for April" gave the talks only (a verb's event took every date of its
sentence); a noun with "planned / scheduled / set for" right before a date is an event of its own on that date. Sentences
of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_a_summit_planned_for_a_month(lexicon) -> None:
    body = "Chile has agreed to hold talks with Peru on March 29, ahead of a summit of their leaders planned for April."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2024, 3, 29)),
                                                                    ("summit", dt.date(2024, 4, 1))]


def test_talks_scheduled_for_a_weekday(lexicon) -> None:
    body = "The Chilean minister arrived in Lima on Monday for the talks scheduled for Wednesday."
    # amended at the twenty-fifth stop (decision 1, round 1185): the trip to the talks is the talks, on their own day
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 17))]


def test_a_date_the_verb_owns(lexicon) -> None:
    """A guard: "at the end of the meeting on Wednesday" stays the verb's."""
    body = "The ministers adopted a joint statement at the end of the meeting on Wednesday."
    assert [t for t, _, _ in typed_events(body, lexicon)] == ["agreement"]
