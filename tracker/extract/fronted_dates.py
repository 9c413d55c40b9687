"""A gathering named right after a sentence's opening date takes that date (round 1126).

"In June 2023, at the 20th meeting, the ministry suggested …", "On 4 May, during the third round, the delegation
proposed …": the date and the "at / during the <gathering>" phrase are both adjuncts the sentence opens on, so both
set the scene of its main clause. The opening date goes to the main clause's act (`date_owner.opening_owner`), and the
gathering read from the same words was left undated, though the text dates it. Only a gathering of the sentence left
without a date takes it, and only from a past date (a plan's day belongs to the plan).
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import find_dates

_GATHERINGS = ("talk_round", "meeting", "summit")
#: "In June 2023, at the 20th meeting,", "On 4 May, during the third round of talks,"
_FRONTED = re.compile(r"(?:On|In)\s+[^,]{3,40},\s+(?:at|during)\s+(?:the|a|an|their|its)\s+[^,]{0,60}?"
                      r"\b(?:meeting|round|summit|talks|session|negotiations)\b[^,]{0,60},")


def date_fronted_gathering(text: str, found: list[Candidate], here: dt.date | None) -> None:
    """Date the undated gathering of `found` (read from `text`) by the date `text` opens on before "at the <gathering>"."""
    if not text.startswith(("On ", "In ")) or not any(c.first is None and c.event_type in _GATHERINGS for c in found):
        return
    m = _FRONTED.match(text)
    if m is None:
        return
    opening = [d for d in find_dates(text, here) if d.end <= text.index(",")]  # read in the sentence, for its tense
    if len(opening) != 1 or opening[0].future:
        return
    for c in found:
        if c.first is None and c.event_type in _GATHERINGS:
            c.set_date(opening[0])


__all__ = ["date_fronted_gathering"]
