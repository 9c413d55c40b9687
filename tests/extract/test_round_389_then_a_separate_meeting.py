"""Round 389 (docs/extraction.md, "Dateline city and venue"): a gathering told as what came next ("X then held a
separate meeting with Y") right after a gathering placed that day had no venue; it now takes that place. A next
gathering of another day keeps none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _meetings(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events if c.event_type == "meeting"]


def test_then_a_separate_meeting(lexicon) -> None:
    body = ("Chilean and Peruvian ministers met in Lima on Thursday. The Chilean minister then held a separate meeting "
            "with a Bolivian delegation.")
    assert _meetings(body, lexicon) == ["Lima", "Lima"]


def test_a_meeting_of_another_day(lexicon) -> None:
    """A guard: the meeting of the next day may be elsewhere."""
    body = ("Chilean and Peruvian ministers met in Lima on Thursday. On Friday, the Chilean minister then held a "
            "separate meeting with a Bolivian delegation.")
    assert _meetings(body, lexicon) == ["Lima", None]
