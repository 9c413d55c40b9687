"""Round 444: "X announced on Tuesday the extension of the fishing accord" was a statement (an announcement with no future
event was made one); the guideline makes a speaker announcing a deal's extension an `announcement`. "announced (on a day)
the / an extension, renewal or prolongation of" now keeps the type. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_announced_on_a_day_the_extension(lexicon) -> None:
    days = typed_days("Norwegian Foreign Minister Kari Nordmann announced on Tuesday the extension of the fishing "
                      "accord with Iceland for six months.", lexicon)
    assert ("announcement", dt.date(2023, 5, 9)) in days


def test_announced_a_renewal(lexicon) -> None:
    days = typed_days("On Tuesday, Norwegian Foreign Minister Kari Nordmann announced a two-year renewal of the "
                      "fishing accord with Iceland.", lexicon)
    assert ("announcement", dt.date(2023, 5, 9)) in days


def test_guard_announced_a_finding(lexicon) -> None:
    days = typed_days("On Tuesday, Norwegian Foreign Minister Kari Nordmann announced the results of the fishing "
                      "survey.", lexicon)
    assert ("statement", dt.date(2023, 5, 9)) in days
