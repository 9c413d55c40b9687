"""Year-less days a past clause names without dating its own act (round 1236).

A past verb puts a year-less day on or before publication ("met on May 3" in a December story is the May gone). That
holds when the verb tells what happened on the day. It fails when the clause only mentions a day of another, later
act: "agreed to another round of talks on Oct. 26-27", "proposed a round around Oct. 4", "confirmed May 10 for the
meeting", "was waiting for a report on Sept. 3", "met twice ahead of a board meeting on November 25", "a truce agreed
until May 11". Read as past, each such day went a year back, though wire
copy gives the year of a day a year gone. Such a day takes the year nearest publication, no later than a season ahead
(`date_parts.PLANNED`), as a plan told in the past does (round 1235): a day named so but far ahead stays past.
"""
from __future__ import annotations

import re

#: Past verbs that arrange, await or weigh an act rather than tell it: the day after them is the act's, not theirs
_ARRANGING = frozenset(
    "agreed proposed confirmed discussed delayed extended envisaged invited urged requested suggested offered demanded "
    "accepted approved decided fixed awaited considered debated negotiated prepared".split())
#: Words that put the day on a later act than the clause's verb: "met ahead of a meeting on November 25"
_LATER = frozenset("ahead until till pending before".split())
#: Past verbs that tell an act on their own day (stops the scan: "met on May 3"), beside any word in -ed
_TOLD = frozenset("said told met held made took spoke came went began gave sent had did left broke saw wrote".split())
_WORD = re.compile(r"[\w']+(?:-[\w']+)*|[.;:!?\"“”]")
_STOP = re.compile(r'[.;:!?"“”]')


def mentioned(text: str, start: int) -> bool:
    """Whether the past clause before the year-less day at `start` only mentions it: an arranging verb, a progressive
    ("was waiting for") or a word of a later act ("ahead of", "until") before the verb."""
    words = _WORD.findall(text[max(0, start - 160):start])
    # a day as a noun's attribute is no cue: "the June 27 accord" is a deal gone, "the November 3 election" one to come
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if _STOP.fullmatch(word):
            return False
        if word in _LATER or word in _ARRANGING:
            return True
        if word in ("was", "were") and i + 1 < len(words) and words[i + 1].lower().endswith("ing"):
            return True
        if word in _TOLD or word in ("was", "were") or (word.endswith("ed") and len(word) > 4 and "-" not in word):
            return False
    return False


__all__ = ["mentioned"]
