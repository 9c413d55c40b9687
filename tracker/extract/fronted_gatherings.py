"""A gathering a sentence opens on with its place places the gathering its sentence reports (round 991).

"During a trilateral summit in Brussels on April 6, the two leaders agreed …", "At talks in Geneva last week, the
sides agreed …", "At their meeting in Doha on Tuesday, the ministers signed …": the fronted adjunct names the
gathering and where it was, and the main clause tells what was done there. The place belongs to the gathering, but
the main clause's verb stands between the noun and the place a verb of the clause reads, so the gathering read from
that sentence may be left without one. Only a held gathering takes it: "At a meeting in Doha, they agreed to meet
again in May" places the meeting told first, not the one planned. A news or press conference is no gathering of this
kind ("At a news conference in Kyiv, he said he would meet X").
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.venues import venue_of

_GATHERINGS = ("talk_round", "meeting", "summit")
#: "During a trilateral summit in Brussels on April 6,", "At talks in Geneva last week,", "At their meeting in Doha,"
_FRONTED = re.compile(r"\W*(?:At|During)\s+(?:(?:a|an|the|their|its|his|her|this)\s+)?"
                      r"(?:(?!(?:news|press|media)\b)[\w'’+-]+\s+){0,3}?"
                      r"(?:talks|negotiations|meetings?|summit|conference|session|round|consultations|discussions)\s+"
                      r"(?P<where>(?:in|at)\s+[^,;:⟦]{2,80}?)\s*,")


def fronted_venues(events: list[Candidate], roster: Roster) -> None:
    """A held gathering with no place whose sentence opens "At/During <gathering> in <place>," is at that place."""
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue is not None or c.future or not c.evidence:
            continue
        sentence = c.evidence[0]
        if not sentence.lstrip(" \"“‘'").startswith(("At ", "During ")):  # a cheap test before the pattern
            continue
        m = _FRONTED.match(sentence)
        if m:
            c.venue = venue_of(m.group("where"), roster, 0, None)


__all__ = ["fronted_venues"]
