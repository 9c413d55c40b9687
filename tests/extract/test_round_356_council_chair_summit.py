"""Round 356: a president meeting the chairman of a collective presidency ("Chairman of Libya's Presidential
Council", "Chairman of Sudan's Sovereign Council") was a meeting; both are heads of state, and the guideline makes
their meeting a summit. The chairman of any other body stays what he was. Sentences of our own (published Friday
2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_president_and_council_chairman_hold_a_summit(lexicon) -> None:
    days = typed_days("Chadian President Mahamat Deby met on Tuesday in N'Djamena with Chairman of Libya's Presidential "
                      "Council Mohamed al-Menfi.", lexicon)
    assert days == [("summit", dt.date(2023, 5, 9))]


def test_guard_chairman_of_a_committee(lexicon) -> None:
    days = typed_days("Chadian President Mahamat Deby met on Tuesday in N'Djamena with Chairman of the Libyan Security "
                      "Committee Mohamed al-Menfi.", lexicon)
    assert days == [("meeting", dt.date(2023, 5, 9))]
