"""One event singled out of a tally told just before it (round 946).

"Lima has hosted five rounds of the talks, the last of which was held on May 2", "…; the last round was concluded on July
14th": a count of rounds or meetings is a tally, no event (`clauses._COUNTED`), but the one the sentence then singles out
with "the last", "the first", "the most recent (of which)" is an event of its own, dated by its clause. When the tally
counts the rounds or meetings of one series and the one singled out is the last, the count is its number (docs/extraction.md,
"Types": "Astana has hosted eight meetings, the last was held on Dec. 21-22" gives round 8).
"""
from __future__ import annotations

import re

from tracker.extract.intervals import NUMBER_WORDS

#: The words that pick one member of the tally, right before its own verb: "the last of which", "the first round", "the most
#: recent one", with up to three words more ("the last round of talks was held")
_SINGLED_OUT = re.compile(r"(?i)\bthe\s+(?P<which>last|latest|first|most\s+recent|previous|final)\b(?:\s+(?:one|round|meeting|session|"
                          r"summit|of\s+(?:which|them|these|those)))?\s+(?:[\w'’-]+\s+){0,3}?$")
#: The count and the noun of a tally of a series' gatherings: "7 rounds", "eight meetings", "five sessions"
_SERIES_COUNT = re.compile(r"(?i)\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+)?"
                           r"(?:rounds|meetings|sessions)\b")
_MORE_WORDS = {"eleven": 11, "twelve": 12}


def singled_out(between: str) -> bool:
    """True when `between`, the words from a tally to an event's verb, single out one member of the tally."""
    return _SINGLED_OUT.search(between) is not None


def last_number(before: str) -> int | None:
    """The number of the round a tally's last member bears, from the words `before` its verb ("hosted 7 rounds …, the last
    round was concluded": 7), or None."""
    count = None
    for count in _SERIES_COUNT.finditer(before):
        pass  # the count nearest the verb
    picked = _SINGLED_OUT.search(before, count.end()) if count is not None else None
    if picked is None or picked.group("which").lower() not in ("last", "latest", "most recent", "final"):
        return None
    n = count.group("n").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n) or _MORE_WORDS.get(n)


__all__ = ["last_number", "singled_out"]
