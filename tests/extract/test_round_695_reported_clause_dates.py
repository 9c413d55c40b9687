"""Round 695: a date that opens the clause a speech verb's "that" reports dates that clause's event, not the words
("X revealed that on May 2, he hosted a dinner"). Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_revealed_that_on_a_day_he_hosted(lexicon) -> None:
    events = typed_days("The UN chief revealed that on May 2, he hosted a dinner in New York with Chilean President Ana "
                        "Soto and Peruvian President Luis Vera.", lexicon)
    assert ("statement", dt.date(2023, 5, 12)) in events and any(d == dt.date(2023, 5, 2) for t, d in events if t != "statement")


def test_said_that_last_week_an_envoy_held_talks(lexicon) -> None:
    events = typed_days("Peru's foreign ministry said that last week, its envoy held talks with Chilean officials in "
                        "Santiago.", lexicon)
    assert ("statement", dt.date(2023, 5, 12)) in events and ("meeting", dt.date(2023, 5, 1)) in events


def test_guard_the_day_before_that_is_the_words(lexicon) -> None:
    """The guards: "said on Tuesday that …" dates the words; a clause to come keeps the old reading."""
    events = typed_days("The Chilean minister said on Tuesday that the two delegations had met in Lima.", lexicon)
    assert ("statement", dt.date(2023, 5, 9)) in events
    assert ("meeting", dt.date(2023, 5, 8)) not in typed_days("The ministry said that on Monday the sides will meet in "
                                                              "Lima.", lexicon)
