"""Days told relative to the event just reported (docs/extraction.md, "Dates"; round 182).

"X met Y in Lima on Tuesday. The following day he met Z": the second meeting is the Wednesday, not the Tuesday of
the event before it (which an undated meeting took) nor the day of publication. "The next day", "a day later", "two
days later" add days to the latest event the text dated before it; "later that day", "on the same day", "that
evening" give its day. Only an event the sentence leaves undated, which took a day from its context, is dated so
(an event that nothing dates stays dropped), and only from a day-precise event of the same or the previous two
paragraphs.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate

_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SEQUEL = re.compile(r"(?i)\b(?:(?P<next>(?:on\s+)?the\s+(?:following|next)\s+day|the\s+day\s+after\s+(?:that|this))"
                     r"|(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+later"
                     r"|(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:on|during)\s+the\s+same\s+day"
                     r"|(?:later|earlier)\s+in\s+the\s+day|that\s+(?:same\s+)?(?:evening|morning|afternoon|night)))\b")


def sequel_days(phrase: str) -> int | None:
    """How many days after the event just reported a phrase puts its own (0: the same day), None when it names none."""
    m = _SEQUEL.search(phrase)
    if m is None:
        return None
    if m.group("next"):
        return 1
    if m.group("n"):
        return _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
    return 0


def date_sequels(events: list[Candidate]) -> list[Candidate]:
    """Date again each event that took its day from its context (the event just reported, the publication day) when its
    sentence tells the day relative to the latest event the text dated before it."""
    for c in events:
        if c.dated_by not in ("context", "publication") or not c.evidence:
            continue
        shift = sequel_days(c.evidence[0])
        if shift is None:
            continue
        before = [m for m in events if m is not c and m.first is not None and m.order < c.order and m.precision == "day"
                  and m.dated_by == "text" and 0 <= c.paragraph - m.paragraph <= 2]
        if not before:
            continue
        source = max(before, key=lambda m: m.order)
        if shift == 0 and source.last not in (None, source.first):
            continue  # "on the same day" after a span of days: which one is not said
        day = (source.last or source.first) + dt.timedelta(days=shift)
        c.first, c.last, c.precision, c.dated_by = day, day, "day", "text"
        c.future = source.future
    return events


__all__ = ["date_sequels", "sequel_days"]
