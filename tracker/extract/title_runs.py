"""The state before a title that a run of capitalised words of an office separates from it (round 1010).

Wire copy puts a state's adjective or name before an office the title list does not know, and a title it does know
right before the name: "Pakistan Chief of Army Staff General X", "Egyptian Director of Military Intelligence Major
General Y", "Chilean Head of the Boundary Commission Ambassador Z", "Kazakhstan's Deputy Prime Minister and Foreign
Minister W" (round 201's compound title, now read here too). `mentions._affiliation` reads a state only when it
touches the title, so the person was found with no state, and the state, which the label gives beside its official,
was lost. The rule: a state adjective, name or capital ends, and from there to the title there are only capitalised
words and the small words of an office's name (of, for, to, the, and, in, on), at most eight words and no comma; the
state is the person's. A second state or body named inside the run ("Russian Ambassador to Chile") stops the rule,
since the run is then no office of the first state's alone; so does "former" ("former South African Deputy President
X"): the guideline gives a former head of state acting as facilitator no state. Called by `mentions.find_actors`.
"""
from __future__ import annotations

import re

from tracker.extract.lexicon import Mention

#: The words between a state and the title it owns: capitalised words of an office and the small words of its name
_RUN = re.compile(r"(?:['’]s?)?\s+(?:(?:[A-Z][\w'’-]*|of|for|to|the|and|in|on|&)\s+){1,8}")
#: A former office ties no one to the state today (also read by `mentions.find_actors` for any titled person, round 1012)
FORMER = re.compile(r"\bformer\s+$", re.I)
#: How far back the state may stand (eight words of an office's name, a possessive)
_REACH = 90


def state_before_title(mentions: list[Mention], before: int, text: str) -> tuple[str | None, int]:
    """The state or body whose adjective, name or capital opens the office ending at `before`: (key, start), else (None, before)."""
    earlier = [m for m in mentions if m.end <= before and before - m.end <= _REACH]
    if not earlier:
        return None, before
    m = max(earlier, key=lambda x: x.end)
    if m.role not in ("adjective", "actor", "capital") or any(m.end < x.start < before for x in mentions):
        return None, before  # a second name inside the run: "Russian Ambassador to Chile X" is no office of Russia's alone
    if _RUN.fullmatch(text, m.end, before) is None or FORMER.search(text, max(0, m.start - 8), m.start):
        return None, before
    return m.key, m.start


__all__ = ["FORMER", "state_before_title"]
