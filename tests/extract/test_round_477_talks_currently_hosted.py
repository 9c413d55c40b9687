"""Round 477 (docs/extraction.md, "Undated events"; open question 3 of articles 400-438: "a lead in the present
('currently hosted in Doha') takes" the publication day): "The negotiations …, currently hosted in Khartoum, aim to …"
was kept undated as the lead's event, since only "is / are (currently) under way / being held" read as the present of
an event. The participle of a clause cut short ("currently hosted", "now under way", "now being held") is read so too.
Sentences of our own (published on Wednesday 7 June 2023)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _gatherings(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Dam talks", published="2023-06-07")
    return [c.first for c in extraction.events if c.event_type in ("meeting", "talk_round")]


def test_talks_currently_hosted_are_news_of_the_day(lexicon) -> None:
    body = ("The indirect negotiations between Ethiopia and Egypt, currently hosted in Khartoum, aim to settle the "
            "dispute over the dam, Sudanese Foreign Minister Ali Sadiq said.")
    assert _gatherings(body, lexicon) == [dt.date(2023, 6, 7)]


def test_guard_talks_hosted_before_stay_undated(lexicon) -> None:
    """A guard: talks "hosted" with no "currently / now" are not told as under way."""
    body = ("The indirect negotiations between Ethiopia and Egypt, hosted in Khartoum, aimed to settle the dispute over "
            "the dam, Sudanese Foreign Minister Ali Sadiq said.")
    assert _gatherings(body, lexicon) == [None]
