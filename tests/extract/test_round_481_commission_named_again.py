"""Round 481: a joint military commission's session told as "its meeting", named "Joint Military Committee", or named
again as "the commission" ("The commission last met in March in Cairo") stayed a meeting; round 353 made a talk round
only of a sentence with the commission's full name and a meeting verb. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_at_the_end_of_its_meeting(lexicon) -> None:
    days = typed_days("The 5+5 Joint Military Commission stressed at the end of its meeting in Sirte on Tuesday that the "
                      "truce holds.", lexicon)
    assert days == [("talk_round", dt.date(2023, 5, 9))]


def test_named_a_committee(lexicon) -> None:
    days = typed_days("Libya's 5+5 Joint Military Committee met in Sirte on Tuesday.", lexicon)
    assert days == [("talk_round", dt.date(2023, 5, 9))]


def test_the_commission_named_again(lexicon) -> None:
    days = typed_days("The 5+5 Joint Military Commission met in Geneva on Monday. The commission last met in March in "
                      "Cairo.", lexicon)
    assert ("talk_round", dt.date(2023, 3, 1)) in days


def test_guard_a_commission_never_named(lexicon) -> None:
    days = typed_days("The ministers met in Cairo on Monday. The commission last met in March in Cairo.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 8)), ("meeting", dt.date(2023, 3, 1))]
