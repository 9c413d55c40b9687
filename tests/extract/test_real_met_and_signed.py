"""An accord signed at a meeting the text dates only by its context (round 145): in "Ana Soto landed in Chile on Tuesday
morning. Following the dedication of the embassy, Soto met with Luis Vera in Santiago and signed a trade agreement." the
meeting takes Tuesday from the visit, and the accord of its sentence takes the meeting's day; an accord that a planned
meeting is to sign stays undated and unrecorded. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_met_and_signed(lexicon) -> None:
    text = ("Peruvian Foreign Minister Ana Soto landed in Chile on Tuesday morning. Following the dedication of the embassy, "
            "Soto met with Chilean Foreign Minister Luis Vera in Santiago and signed an economic and trade agreement.")
    assert ("agreement", dt.date(2023, 5, 9)) in typed_days(text, lexicon)


def test_a_planned_meeting_dates_no_accord(lexicon) -> None:
    """A guard: "will meet … and sign" is no accord of a past day."""
    text = ("Peruvian Foreign Minister Ana Soto landed in Chile on Tuesday morning. "
            "Soto will meet Chilean Foreign Minister Luis Vera in Santiago and sign a trade agreement.")
    assert [t for t, day in typed_days(text, lexicon) if t == "agreement" and day is not None and day <= dt.date(2023, 5, 12)] == []
