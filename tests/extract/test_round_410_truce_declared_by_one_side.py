"""Round 410: a ceasefire declared, ordered or put into force by one side ("announced the entry into force of the
ceasefire on May 1", "declared a unilateral truce") was read as an agreement (the dated noun) and a statement (the
verb); the guideline makes one side's act a `decision`, an accord between parties an `agreement`. Sentences of our own
(published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_entry_into_force_announced_by_a_leader(lexicon) -> None:
    days = typed_days("Although President Alvaro Mendez announced the entry into force of the national ceasefire on May 1, "
                      "the rebels rejected it days later.", lexicon)
    assert ("decision", dt.date(2023, 5, 1)) in days
    assert "agreement" not in [t for t, _ in days]


def test_unilateral_truce_declared(lexicon) -> None:
    events = typed_events("On Tuesday, the Ethiopian government declared a unilateral humanitarian truce in the north.", lexicon)
    assert [(t, d) for t, d, _ in events] == [("decision", dt.date(2023, 5, 9))]


def test_guard_ceasefire_agreement_announced_between_parties(lexicon) -> None:
    days = typed_days("On Tuesday, the UN announced a permanent ceasefire agreement between the two warring parties.", lexicon)
    assert "decision" not in [t for t, _ in days]
