"""Dates told as a counted interval from another date: "two years ago", "a year after", "a month later".

News English dates background acts by counting from the day it speaks ("a plan agreed three years ago", round 620) or
from another date of its sentence: "…, a year after the two sides signed the accord" counts back from the date of the
main clause (or, with none, from the day of writing), "in 2018, three years after they reached the deal" from 2018,
"was created in September and first met a month later" on from September, "had been suspended two months earlier" back
from the date before it (round 621). A count of years names a year, one of months a month: the guideline's spans for a
whole year and a month (year / month precision). A hedged count ("more than a year ago", "almost two years after")
names no year, and counts of days or weeks are `dates.py`'s own ("two days ago"). `counted` returns (start, end, first,
last, precision) tuples that `dates.find_dates` turns into its mentions; this module does not import `dates`, which
calls it. Counts of days and weeks ("ended two days later", "suspended three days earlier") count only from a day
of the sentence (round 626). The mention of "N years after" ends in "after": `date_owner.date_owner` gives it only to an act told right after it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

#: Counts written as words, for every reader of "N days / weeks / months / years" (its own pattern says which it takes)
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "thirty": 30, "sixty": 60, "ninety": 90}
_COUNT = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_AGO = re.compile(rf"(?i)\b{_COUNT}\s+(?P<u>years?|months?|days?|weeks?)\s+(?P<way>ago|after|later|earlier)\b")
# a count that only bounds the interval ("more than a year ago") or sets it roughly ("almost", "nearly") names no year;
# "within a month after 7 May" is a deadline, which `within_spans` reads
_HEDGE = re.compile(r"(?i)\b(?:more\s+than|over|at\s+least|almost|nearly|less\s+than|under|about|around|some|roughly|within)\s+$")

Span = tuple[int, int, dt.date, dt.date, str, bool]  # start, end, first, last, precision, future


def back(anchor: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date, str]:
    """The year or month `n` units before `anchor` (after it for a negative `n`), whole; the day for days and weeks."""
    if unit.startswith(("day", "week")):
        day = anchor - dt.timedelta(days=n * (7 if unit.startswith("week") else 1))
        return day, day, "day"
    if unit.startswith("year"):
        year = anchor.year - n
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    day = anchor - relativedelta(months=n)
    return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month"


def _reference(m: re.Match, found: list, anchor: dt.date | None, unit: str) -> dt.date | None:
    """The day the interval counts from: the nearest date told before it in the sentence; for "after" that opens the
    sentence ("Two years after …, they met in 2021") the first date after it; for "ago" and a lone "after" the day of
    writing. None when there is none, when a count of months would count from a mere year, or a count of days or weeks
    from anything but a day of the sentence ("two days later": round 626; "two days ago" is `dates.py`'s)."""
    way = m.group("way").lower()
    before = [d for d in found if d.end <= m.start()]
    days = unit.startswith(("day", "week"))
    if way == "ago":
        return None if days else anchor
    if before:
        ref = max(before, key=lambda d: d.end)
    elif way == "after" and m.start() < 4:
        ref = min((d for d in found if d.start >= m.end()), key=lambda d: d.start, default=None)
    else:
        return anchor if way == "after" and not days else None
    if ref is None or (unit.startswith("month") and ref.precision == "year") or (days and ref.precision != "day"):
        return None
    return ref.first


def counted(text: str, anchor: dt.date | None, taken: list[tuple[int, int]], found: list) -> list[Span]:
    """Every unhedged "N years / months ago / after / later / earlier" of `text` outside the spans `taken` by the
    dates `found` there, counted from the day `_reference` gives."""
    lowered = text.lower()
    if not any(w in lowered for w in ("year", "month", "day", "week")) or not any(w in lowered for w in ("ago", "after", "later", "earlier")):
        return []
    out: list[Span] = []
    for m in _AGO.finditer(text):
        if _HEDGE.search(text, max(0, m.start() - 14), m.start()) or any(m.start() < e and s < m.end() for s, e in taken):
            continue
        unit = m.group("u").lower()
        if (ref := _reference(m, found, anchor, unit)) is None:
            continue
        n = NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
        first, last, precision = back(ref, -n if m.group("way").lower() == "later" else n, unit)
        out.append((m.start(), m.end(), first, last, precision, anchor is not None and first > anchor))
    return out


__all__ = ["NUMBER_WORDS", "back", "counted"]
