"""An event dated by the sentence after it: "… a third meeting of the ministers. This happened in August." (round 394).

A sentence whose subject is only "This", "That" or "It" and whose verb says that something happened ("happened", "took
place", "occurred"), with a date and no event of its own, dates the one undated event of the sentence just before it.
Without this, that event stayed undated (a meeting or round told as background, the guideline's "background events" with
their date) or took the day of publication.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.dates import find_dates

#: "This happened in August.", "That took place on 3 May 2021.", "It occurred last week."
_HAPPENED = re.compile(r"^\s*(?:This|That|It)\s+(?:(?:had\s+|has\s+)?(?:happened|occurred)|took\s+place|had\s+taken\s+place)\b")


def date_by_next_sentence(events: list[Candidate], sentences: list[tuple[int, str]], anchor: dt.date | None) -> list[Candidate]:
    """`events`, the one undated event of a sentence dated by a "This happened in <date>" sentence right after it.
    `sentences` are (order, text) of the article's sentences."""
    told = [(order, text) for order, text in sentences if text[:4] in ("This", "That") or text[:3] == "It "]
    for order, text in told:
        if not _HAPPENED.match(text) or any(c.order == order for c in events):
            continue
        dates = find_dates(text, anchor)
        before = [c for c in events if c.order == order - 1 and c.event_type not in SPEECH_TYPES]
        if dates and len(before) == 1 and before[0].first is None:
            before[0].set_date(dates[0])
    return events


__all__ = ["date_by_next_sentence"]
