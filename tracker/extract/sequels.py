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

from dateutil.relativedelta import relativedelta

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import gated

_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SEQUEL = gated(re.compile(r"(?i)\b(?:(?P<next>(?:on\s+)?the\s+(?:following|next)\s+day|the\s+day\s+after\s+(?:that|this))"
                           r"|(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+later"
                           r"|(?P<same>(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:on|during)\s+the\s+same\s+day"
                           r"|(?:later|earlier)\s+in\s+the\s+day|that\s+(?:same\s+)?(?:evening|morning|afternoon|night)))\b"))


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


#: "a month later", "two months later", "a year later": the month or year after the event just reported (round 189)
_LATER = gated(re.compile(r"(?i)\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<u>month|year)s?\s+later\b"))


def date_later_periods(events: list[Candidate]) -> list[Candidate]:
    """Date each undated event whose sentence says it came "a month / N months / a year later" than the latest event the
    text dated before it (by month or year): the month (month precision) or the year (year precision) after it."""
    for c in events:
        if c.first is not None or not c.evidence or (m := _LATER.search(c.evidence[0])) is None:
            continue
        before = [e for e in events if e is not c and e.first is not None and e.order < c.order and e.dated_by == "text"
                  and 0 <= c.paragraph - e.paragraph <= 2]
        if not before:
            continue
        source = max(before, key=lambda e: e.order)
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        if m.group("u").lower() == "year":
            year = source.first.year + n
            c.first, c.last, c.precision = dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        elif source.precision in ("day", "month"):
            first = (source.first.replace(day=1) + relativedelta(months=n))
            c.first, c.last, c.precision = first, first + relativedelta(months=1, days=-1), "month"
        else:
            continue
        c.dated_by, c.future = "text", source.future
    return events


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
        told = source.first if source.lasts and source.last == source.first + dt.timedelta(days=source.lasts - 1) else None
        if shift == 0 and source.last not in (None, source.first) and told is None:
            continue  # "on the same day" after a span of days: which one is not said
        day = told if shift == 0 and told else (source.last or source.first) + dt.timedelta(days=shift)  # "began a
        # two-day visit on Sunday. He met Y earlier in the day": the day told, that the duration stretched (round 472)
        c.first, c.last, c.precision, c.dated_by = day, day, "day", "text"
        c.future = source.future
    return events


__all__ = ["date_later_periods", "date_sequels", "sequel_days"]
