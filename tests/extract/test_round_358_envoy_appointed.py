"""Round 358: an envoy appointed, named or nominated had no trigger; the guideline lists "appointments of envoys"
among decisions. Only a go-between's role counts. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_was_nominated_as_envoy(lexicon) -> None:
    days = typed_days("Veteran Swedish diplomat Jan Eliasson was nominated Wednesday as the organization's envoy to the "
                      "Cyprus conflict.", lexicon)
    assert days == [("decision", dt.date(2023, 5, 10))]


def test_appointed_someone_as_personal_envoy(lexicon) -> None:
    days = typed_days("UN Secretary-General Antonio Guterres on Tuesday appointed Jan Eliasson as his personal envoy for "
                      "Cyprus.", lexicon)
    assert days == [("decision", dt.date(2023, 5, 9))]


def test_guard_a_minister_named(lexicon) -> None:
    days = typed_days("Prime Minister Ali Zeidan named Ahmed Salem as the new finance minister on Tuesday.", lexicon)
    assert "decision" not in [t for t, _ in days]
