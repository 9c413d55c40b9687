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
#: The same told of a round to come (round 961): "the eighth round will be held in Tbilisi on 23 December", "the next
#: session is scheduled for May 3", "the fifth meeting is to take place in Kars on Tuesday"; the round's phrase may list
#: its members ("the eighth meeting of the ministers of Turkey, Azerbaijan and Georgia will be held …")
_TO_BE_HELD_ON = re.compile(r"(?:\s+(?:[^,.;:!?\"“”]|,\s(?=[A-Z])){0,80}?)?\s*,?\s*(?:will|shall|(?:is|are)\s+to)\s+(?:also\s+)?(?:be\s+held|take\s+place|"
                            r"convene|open|start|begin)\s+(?:in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+[A-Z][\w-]+)?\s+)?(?=on\s)"
                            r"|(?:\s+[^,.;:!?\"“”]{0,60}?)?\s*,?\s*(?:is|are)\s+(?:scheduled|set|slated|due)\s+(?=for\s|on\s)")


def quoted_round_day(quote: str, end: int, anchor: dt.date | None) -> DateMention | None:
    """The full past date the quote gives the round whose phrase ends at `end`, or the day it gives the round to come."""
    planned = _TO_BE_HELD_ON.match(quote, end)  # (first: "will be held" holds the past "held" too)
    if planned is not None:  # a round to come: the speaker speaks at publication, so a day on or after it is the round's
        return next((d for d in find_dates(quote, anchor)  # (the whole quote: its verb makes "on Tuesday" the next one)
                     if planned.end() <= d.start <= planned.end() + 4 and (anchor is None and _YEAR.search(d.text) or anchor is not None and d.first >= anchor)), None)
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
