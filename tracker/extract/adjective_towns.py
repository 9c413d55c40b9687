"""A town named between its state's adjective and its kind: "in Kyrgyz Batken city", "at the Syrian Qamishli airport
town", "in Tajik Isfara district" (round 1015).

Wires translated from Russian and Central Asian agencies name a town so, the state's adjective first and the kind of
place last, where English would write "the Kyrgyz city of Batken" (read by `venues._KIND_OF_PLACE`). The plain "in
<place>" reading stops at the adjective, which is no place, and the town is often too small for the city table, so
the event was left with none. The town is the venue, its country the adjective's state.
"""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated

#: "in Kyrgyz Batken city", "in the Uzbek Sokh district", "near Tajik Vorukh village" (the kind ends the name)
_ADJECTIVE_TOWN = gated(re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?P<adj>[A-Z][a-z'’-]+)\s+(?P<place>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+"
    r"(?:city|town|village|district|settlement)\b"))


def adjective_town(text: str, roster: Roster, near: int) -> tuple[str, str | None] | None:
    """The town a sentence names as "in <state adjective> <Town> city" within reach of the event (`near`), or None."""
    for m in _ADJECTIVE_TOWN.finditer(text):
        if m.start() - near > 160 or near - m.start() > 240:
            continue  # (a fronted adjunct places the clause it opens, whose verb may come late: "On <day>, in X city, a
            # joint meeting of the … delegations on … was held")
        state = next((x.key for x in roster.lexicon.scan(m.group("adj")) if x.role == "adjective"), None)
        entry = roster.lexicon.entries.get(state) if state else None
        country = roster.lexicon.place(entry.name) if entry and entry.kind == "state" else None
        if country is None:
            continue  # "in Old Town district": no state's adjective, no reading
        known = roster.lexicon.place(m.group("place"))
        if known and known[1] == country[1]:
            return known  # a town the table knows, of that state
        if not roster.lexicon.scan(m.group("place")):
            return (m.group("place"), country[1])
    return None


__all__ = ["adjective_town"]
