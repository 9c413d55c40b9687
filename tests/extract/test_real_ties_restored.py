"""Ties restored, told without "diplomatic" or with a gerund (round 146): "met in Lima on Thursday for the first time since
re-establishing ties last month in a deal brokered by Brazil" gives the accord of last month besides the meeting, with
Brazil as its mediator and without the meeting's town as its venue; "restored trade ties" is no such accord. Sentences of
our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def test_since_re_establishing_ties(lexicon) -> None:
    text = ("The foreign ministers of Peru and Chile met for talks in Lima on Thursday for the first time since "
            "re-establishing ties last month in a deal brokered by Brazil.")
    extraction = extract_own(text, lexicon)
    accords = [c for c in extraction.events if c.event_type == "agreement"]
    assert [(c.first, c.precision, c.venue) for c in accords] == [(dt.date(2023, 4, 1), "month", None)]
    assert accords[0].actors.get("new:brazil") == "mediator"


def test_restored_ties_in_a_month(lexicon) -> None:
    text = "Peru and Chile restored ties in March after a decade apart."
    assert [(c.event_type, c.first) for c in extract_own(text, lexicon).events] == [("agreement", dt.date(2023, 3, 1))]


def test_trade_ties_are_no_accord(lexicon) -> None:
    """A guard: ties of another kind are not relations restored."""
    assert extract_own("Peru and Chile restored trade ties in March after a decade apart.", lexicon).events == []
