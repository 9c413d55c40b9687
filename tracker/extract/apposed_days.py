"""A vague span told with its exact day right after it: "next week, on Nov. 22-23", "later this month, on November 28".

Wire copy often names the week or the month first and the day at once after it, set off by a comma or a dash; both
stand for one time and the day is the finer. `dates.find_dates` read them as two mentions, and the owner of the date
took the first, so the event was dated by the week's seven days or the rest of the month. Here the span gives way to
the day it holds, and a bare weekday after a week is that week's weekday ("next week, on Tuesday", published on a
Monday, is the Tuesday eight days on, not the next day; "last week, on Monday" is the Monday of last week). A day
that falls outside the span is another time ("later this month, on 3 December"): both are left as they are.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.dates import DateMention

#: What may stand between the span and its day: a comma, a dash or an opening bracket, then "on" or not
_APPOSED = re.compile(r"\s*[,(–—-]?\s*(?:on\s+)?")
#: A bare weekday mention ("on Tuesday", "Tuesday"), not "next Tuesday" or "Tuesday, May 3"
_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_in(span: DateMention, day: DateMention) -> dt.date | None:
    """The day of a week `span` (at most seven days) whose weekday `day` names, when `day` is a bare weekday."""
    m = _WEEKDAY.fullmatch(day.text.strip())
    if m is None or (span.last - span.first).days > 6:
        return None
    wanted = _DAYS.index(m.group(1).lower())
    return next((span.first + dt.timedelta(n) for n in range((span.last - span.first).days + 1)
                 if (span.first + dt.timedelta(n)).weekday() == wanted), None)


def apposed_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` with each span of three days to a month that is followed at once by a day inside it (or, for a week, by
    a bare weekday) replaced by that day, which then reads from the span's start. A year is left: "this year (September
    27)" gives a day to a feast, as an aside, and the year may be the event's."""
    out: list[DateMention] = []
    skip = -1
    for i, span in enumerate(found):
        if i == skip:
            continue
        day = found[i + 1] if i + 1 < len(found) else None
        if day is None or not 2 <= (span.last - span.first).days <= 30 or (day.last - day.first) >= (span.last - span.first) \
                or _APPOSED.fullmatch(text, span.end, day.start) is None or "\n" in text[span.end:day.start]:
            out.append(span)
            continue
        first, last = day.first, day.last
        if not span.first <= first <= last <= span.last:
            first = last = _weekday_in(span, day)
            if first is None:
                out.append(span)
                continue
        out.append(dataclasses.replace(day, start=span.start, text=text[span.start:day.end], first=first, last=last,
                                       future=span.future or day.future, relative=span.relative or day.relative))
        skip = i + 1
    return out
