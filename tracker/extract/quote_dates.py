"""The day a quote gives a numbered round it names (docs/extraction.md, "Dates": a date inside a quote is context, but
it may fix the date of an event the article reports; rounds 250-259).

"…since the 22nd round of the boundary talks held on 19 August 2025", inside a quote, is a numbered round (guideline 5:
recorded wherever it is named) whose day the quote states in full: the round takes that day, where it was left undated.
Only a full date (with its year) told as the day the round was held counts; a weekday or a year-less day inside a quote
is read against a day the quote does not give.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.dates import DateMention, find_dates

#: The round's own phrase, then the verb that says it was held and the day: "… of the X talks held on 19 August 2025",
#: ", which took place in Geneva on March 3, 2022"
_HELD_ON = re.compile(r"(?:\s+[^,.;:!?\"“”]{0,60}?)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?"
                      r"(?:held|took\s+place|convened|concluded|ended)\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?=(?:on|in)\s)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def quoted_round_day(quote: str, end: int, anchor: dt.date | None) -> DateMention | None:
    """The full past date the quote gives the round whose phrase ends at `end`, or None."""
    m = _HELD_ON.match(quote, end)
    if m is None:
        return None
    for d in find_dates(quote[m.end():m.end() + 40], anchor):
        if d.start > 3:
            break
        if _YEAR.search(d.text) and not d.relative and (anchor is None or d.last <= anchor):
            return d
    return None


__all__ = ["quoted_round_day"]
