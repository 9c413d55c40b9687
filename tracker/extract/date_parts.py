"""Parts of a month or year told in words the patterns of `dates.py` read as the whole (docs/extraction.md, "Dates").

"early in October" and "in the first days of March" are days 1-10, "late in April" and "the last days of May" the 21st
to the end, "in the middle of June" 11-20 (month precision, as "early / mid / late February"); "at the end of this
month", "at the start of next month" the same thirds of a relative month. "By / before the end of the month" stays the
whole month.
The patterns are put before those of `dates.py`, so that they take the phrase first (rounds 180-194).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

MONTHS = {name: n for n, names in enumerate(
    [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
     ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"), ("November", "Nov"),
     ("December", "Dec")], start=1) for name in names}
_M = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?:19|20)\d\d"

_EDGE = r"(?:at|in|towards?|around|near)\s+the\s+(?P<e>end|beginning|start|middle|close|turn)\s+of\s+"
_PATTERNS = [
    ("part_in_month", rf"(?i:\b(?:(?P<p>early|late)\s+in|(?:in\s+)?the\s+(?P<n>first|last|final|opening|closing)\s+days\s+of"
                      r"|in\s+the\s+middle\s+of|(?:at|in|towards?)\s+the\s+(?:end|beginning|start|middle)\s+of)\s+)"
                      rf"(?P<m1>(?-i:{_M}))(?:,?\s+(?P<y>{_Y}))?\b(?!\s+\d)"),
    ("edge_month_rel", rf"(?i)\b(?:(?P<p>early|late)\s+|{_EDGE})(?P<w>this|next|last|the|the\s+current|the\s+coming|the\s+following)\s+month\b"),
]
_THIRD = {"early": "early", "beginning": "early", "start": "early", "first": "early", "opening": "early",
          "late": "late", "end": "late", "close": "late", "last": "late", "final": "late", "closing": "late", "turn": "late",
          "middle": "mid"}
_SHIFT = {"next": 1, "the coming": 1, "the following": 1, "last": -1}


def _third(phrase: str) -> str:
    return next((_THIRD[w] for w in re.findall(r"[a-z]+", phrase.lower()) if w in _THIRD), "mid")


def _month_third(first: dt.date, third: str) -> tuple[dt.date, dt.date]:
    last = first + relativedelta(months=1, days=-1)
    return {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
            "late": (first.replace(day=21), last)}[third]


def span(kind: str, m: re.Match, anchor: dt.date | None, tense: str | None, year: int | None,
         nearest: Callable) -> tuple[dt.date, dt.date, str, bool] | None:
    """(first, last, precision, relative) of one of this module's phrases; `nearest` is `dates.nearest_year`."""
    g = m.groupdict()
    third = _third(m.group())
    if kind == "part_in_month":
        month = MONTHS[g["m1"].rstrip(".")]
        if year is None:
            if anchor is None:
                return None
            year = anchor.year if month == anchor.month else nearest(month, 15, anchor, tense).year
        return (*_month_third(dt.date(year, month, 1), third), "month", g.get("y") is None)
    if anchor is None:
        return None
    word = re.sub(r"\s+", " ", g["w"].lower())
    first = anchor.replace(day=1) + relativedelta(months=_SHIFT.get(word, 0))
    return (*_month_third(first, third), "month", True)


#: (kind, pattern) to put before the patterns of `dates.py`, and the words without which each cannot match
PART_PATTERNS = [(name, re.compile(rx)) for name, rx in _PATTERNS]
PART_GATES = {"part_in_month": ("early", "late", "days", "middle", "end", "beginning", "start"), "edge_month_rel": ("month",)}

__all__ = ["MONTHS", "PART_GATES", "PART_PATTERNS", "span"]
