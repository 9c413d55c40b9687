"""Round 455 (docs/extraction.md, "Undated events"): "the government and the rebels have agreed to a truce, negotiators
said Friday" dated the accord by the publication day (the present perfect), though the sentence says on which day it was
told; the act is news of that day. Sentences of our own (published on Saturday 10 June 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _agreements(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Truce agreed", published="2023-06-10")
    return [c.first for c in extraction.events if c.event_type == "agreement"]


def test_the_report_day_dates_the_perfect(lexicon) -> None:
    body = "The Chilean government and the rebels have agreed to a truce, negotiators said Friday from Lima."
    assert _agreements(body, lexicon) == [dt.date(2023, 6, 9)]


def test_guard_an_act_with_a_day_of_its_own(lexicon) -> None:
    """A guard: a day of the act's own stays its day; a perfect with no day told stays the publication day."""
    body = "The Chilean government and the rebels have agreed to a truce on Thursday, negotiators said Friday."
    assert _agreements(body, lexicon) == [dt.date(2023, 6, 8)]
    body = "The Chilean government and the rebels have agreed to a truce, negotiators said."
    assert _agreements(body, lexicon) == [dt.date(2023, 6, 10)]
