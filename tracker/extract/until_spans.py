"""A gathering told from one day until another: "meet on May 15, until May 17", "from Monday until Wednesday", "opens on
May 15 and runs until May 17" is the span of both days (round 813).

`dates.find_dates` reads such a sentence as two single days, and the first alone then dated the gathering; the guideline
dates a gathering by its whole span. Only two days with nothing between them but "until" / "till" / "through" (after a
comma, or after "and runs / lasts / continues") are joined, so "agreed on May 15 to a truce until May 30" (a period the
act set, `date_parts.ends_a_period`) keeps its day. A day named twice in apposition ("today, March 25, until March 27")
joins as one.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.dates import DateMention

_UNTIL_GAP = re.compile(r"\s*,?\s*(?:and\s+(?:will\s+)?(?:runs?|lasts?|continues?|go\s+on|goes\s+on)\s+)?(?:until|till|through)\s+"
                        r"(?:the\s+)?", re.I)
_SAME_DAY_GAP = re.compile(r"\s*,\s*\(?")
_LONGEST = 21  # days: a gathering, not a season ("from March 1 until the end of June" is no such span)


def until_spans(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` (sorted by position) with each single day followed by "until <a later day>" joined into one span."""
    if "ntil" not in text and "till" not in text and "hrough" not in text:  # cheap test first
        return found
    out: list[DateMention] = []
    for date in found:
        prev = out[-1] if out else None
        if prev is not None and prev.precision == date.precision == "day" and prev.first == prev.last \
                and date.first == date.last and 0 < (date.first - prev.first).days <= _LONGEST \
                and (gap := _UNTIL_GAP.match(text, prev.end)) and gap.end() == date.start:
            out[-1] = dataclasses.replace(prev, end=date.end, text=text[prev.start:date.end], last=date.first,
                                          future=prev.future or date.future)
            if len(out) > 1 and (twin := out[-2]).first == twin.last == prev.first and _SAME_DAY_GAP.fullmatch(text, twin.end, prev.start):
                out[-2:] = [dataclasses.replace(out[-1], start=twin.start, text=text[twin.start:date.end])]  # "today, March 25, until …"
            continue
        out.append(date)
    return out


__all__ = ["until_spans"]
