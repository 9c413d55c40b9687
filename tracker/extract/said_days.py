"""The day a present-perfect act is reported on, when its sentence gives the report a weekday (round 455).

"The government and the rebels have agreed to a truce, negotiators said Friday from Havana": the act has no day of its
own and the present perfect made it news of the publication day (docs/extraction.md, "Undated events"), though the
sentence says on which day it was told: the act is news of that day (Friday), as the statement that tells it is.

Round 470: the lead tells the story's news day ("…, saying Thursday they were just details", "…, indicated Friday the
spokesman"): wire copy gives the day once, and words below with no day of their own are that day's, not the publication
day's (`news_day`).
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


#: The lead's speech verb with its weekday, also as a participle or put before its subject: "saying Thursday",
#: "indicated Friday the spokesman", "said late on Monday"
_TOLD_ON = re.compile(r"\b(?:said|saying|says|told\s+(?:\w+\s+){0,2}?|announced|confirmed|stated|reported|indicated|declared)\s+"
                      r"(?:by\s+(?:(?!after|before|following|during|at|in|on)[\w-]+\s+){1,5}?)?(?:late\s+|early\s+)?(?:on\s+|this\s+|last\s+)?"
                      r"(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: (round 474: also told in the passive with its agent, "was confirmed by both delegations this Tuesday")


def news_day(lead: list[str], published: dt.date | None) -> dt.date | None:
    """The day the first of the `lead` sentences (the lead and the one after it) that tells one says its news was told
    on, as the latest such weekday on or before `published`; None when neither binds a weekday to a speech verb."""
    if published is None:
        return None
    for sentence in lead:  # the verb binds its own day, so other weekdays of the sentence do not matter (round 474)
        m = _TOLD_ON.search(sentence) if "day" in sentence else None
        if m is not None:
            return published - dt.timedelta(days=(published.weekday() - _DAYS.index(m.group("day"))) % 7)
    return None


__all__ = ["news_day", "said_day"]
