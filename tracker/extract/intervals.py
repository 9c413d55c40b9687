"""Dates told as a counted interval from another date: "two years ago", "three months ago".

News English dates background acts by counting back from the day it speaks ("a plan agreed three years ago"). A count
of years names a year, one of months a month: the guideline's spans for a whole year and a month (year / month
precision). A hedged count ("more than a year ago", "almost two years ago") names no year, and a count of days or weeks
is `dates.py`'s own ("two days ago"). `counted(text, anchor)` returns (start, end, first, last, precision) tuples that
`dates.find_dates` turns into its mentions; this module does not import `dates`, which calls it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_AGO = re.compile(rf"(?i)\b{_COUNT}\s+(?P<u>years?|months?)\s+ago\b")
# a count that only bounds the interval ("more than a year ago") or sets it roughly ("almost", "nearly") names no year
_HEDGE = re.compile(r"(?i)\b(?:more\s+than|over|at\s+least|almost|nearly|less\s+than|under|about|around|some|roughly)\s+$")

Span = tuple[int, int, dt.date, dt.date, str]


def _back(anchor: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date, str]:
    """The year or month `n` units before `anchor`, whole."""
    if unit.startswith("year"):
        year = anchor.year - n
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    day = anchor - relativedelta(months=n)
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month"


def counted(text: str, anchor: dt.date | None, taken: list[tuple[int, int]]) -> list[Span]:
    """Every unhedged "N years / months ago" of `text` outside the spans `taken` by other dates, counted back from
    `anchor` (none without one)."""
    if anchor is None or "ago" not in text.lower():
        return []
    out: list[Span] = []
    for m in _AGO.finditer(text):
        if _HEDGE.search(text, max(0, m.start() - 14), m.start()) or any(m.start() < e and s < m.end() for s, e in taken):
            continue
        n = _NUMBER.get(m.group("n").lower()) or int(m.group("n"))
        out.append((m.start(), m.end(), *_back(anchor, n, m.group("u").lower())))
    return out
