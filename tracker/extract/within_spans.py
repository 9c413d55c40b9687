"""A deadline counted from a day: "within two weeks after 7 August" is the days after it, not that day (round 692).

"The committee will meet within two weeks after 10 May", "a new round is due within 30 days of the signing on 3 June",
"elections within six months following 1 March 2024": the day named is where the count starts, and the event falls in
the N days, weeks or months after it. `dates.find_dates` read the day alone, so such an event took the very day it is
counted from. The guideline (docs/extraction.md, open question 2 of 540-559) records it as the span from the next day
to the last day of the count, at `day` precision for days and weeks, `month` precision for months.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from tracker.extract.intervals import NUMBER_WORDS

if TYPE_CHECKING:
    from tracker.extract.dates import DateMention

#: The count that ends right before a day: "within two weeks after ", "within 30 days of the signing on "
_WITHIN = re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?P<n>\d{1,3}|[a-z]+)\s*(?:\(\d{1,3}\)\s*)?(?P<unit>day|week|month)s?\s+"
                     r"(?:after|of|following|from)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:on|of)\s+)?$", re.I)


def within_spans(text: str, found: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """`found` with each day that a "within N days / weeks / months after" counts from made the span of the count.

    A day written without its year is the one nearest `anchor`, whatever the tense: the count is ahead, the day it
    starts from is not ("will meet within 30 days after May 10", published on 12 May, counts from this 10 May)."""
    if "within" not in text:
        return found
    out = []
    for d in found:
        m = _WITHIN.search(text, max(0, d.start - 80), d.start) if d.precision == "day" and d.first == d.last else None
        n = None if m is None else int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS.get(m.group("n").lower())
        if m is None or not n:
            out.append(d)
            continue
        base = d.first
        if anchor is not None and not re.search(r"\b(?:19|20)\d\d\b", d.text):  # this day of the year nearest `anchor`
            base = min((b for b in (base - relativedelta(years=1), base, base + relativedelta(years=1))
                        if (b.month, b.day) == (d.first.month, d.first.day)), key=lambda b: abs((b - anchor).days))
        unit = m.group("unit").lower()
        step = relativedelta(months=n) if unit == "month" else dt.timedelta(days=n * (7 if unit == "week" else 1))
        out.append(dataclasses.replace(d, first=base + dt.timedelta(days=1), last=base + step,
                                       precision="month" if unit == "month" else "day"))
    return out


__all__ = ["within_spans"]
