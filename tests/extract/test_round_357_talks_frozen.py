"""Round 357: talks frozen, halted or paused by a side ("announced that it was freezing the talks", "ordered a
temporary halt to the negotiations") were read as the words that report them, a statement or an announcement; the
guideline makes a side's or a body's decision a `decision`, as "suspended" already was. Sentences of our own
(published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_announced_it_was_freezing_the_talks(lexicon) -> None:
    days = typed_days("On Tuesday, the ELN announced that it was freezing the talks with the government.", lexicon)
    assert days == [("decision", dt.date(2023, 5, 9))]


def test_ordered_a_halt_to_the_negotiations(lexicon) -> None:
    days = typed_days("UN envoy Hans Grundberg ordered a temporary halt to the negotiations on Wednesday.", lexicon)
    assert ("decision", dt.date(2023, 5, 10)) in days


def test_guard_announced_talks_to_come(lexicon) -> None:
    days = typed_days("On Tuesday, the ELN announced that it would resume the talks with the government on Monday.", lexicon)
    assert "decision" not in [t for t, _ in days]
