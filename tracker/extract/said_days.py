"""The day a present-perfect act is reported on, when its sentence gives the report a weekday (round 455).

"The government and the rebels have agreed to a truce, negotiators said Friday from Havana": the act has no day of its
own and the present perfect made it news of the publication day (docs/extraction.md, "Undated events"), though the
sentence says on which day it was told: the act is news of that day (Friday), as the statement that tells it is.
"""
from __future__ import annotations

import datetime as dt
import re

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A speech verb with its weekday: "said Friday", "told reporters on Monday", "announced on Tuesday"
_SAID_ON = re.compile(r"\b(?:said|told\s+(?:\w+\s+){0,2}?|announced|confirmed|stated|reported)\s+(?:late\s+|early\s+)?(?:on\s+)?"
                      r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def said_day(sentence: str, published: dt.date) -> dt.date | None:
    """The weekday a speech verb of `sentence` is told on, as the latest such day on or before `published`; None when
    the sentence has no such verb or names more than one weekday (then the act may have a day of its own)."""
    if "day" not in sentence or sum(sentence.count(d) for d in _DAYS) != 1:
        return None
    m = _SAID_ON.search(sentence)
    if m is None:
        return None
    return published - dt.timedelta(days=(published.weekday() - _DAYS.index(m.group("day"))) % 7)


__all__ = ["said_day"]
