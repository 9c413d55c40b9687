"""A planned gathering told as what one party briefed another about (round 364): "Mr Vera informed his counterpart about
preparations for an international conference scheduled for May 5 in Lima" made Vera (and his state) a party to the
conference. The one who informs and the one informed report on it; the text does not say they take part. A planned
meeting, summit or round whose sentence puts it after "informed / briefed / updated / apprised … about / on" loses the
actors named before that "about". Part of `assemble.extract_article`."""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster, find_actors

#: "X informed his counterpart about", "briefed the ministers on", "updated Y on the preparations for"
_BRIEFED = re.compile(r"\b(?:informed|briefed|updated|apprised)\s+(?:[\w'’.-]+\s+){0,5}?(?:about|on|of)\s+", re.I)


def briefed_about(events: list[Candidate], texts: list[str], roster: Roster) -> None:
    """Drop from each planned gathering the informer and the informed of its sentence (see the module)."""
    for c in events:
        if not c.future or c.event_type not in ("meeting", "summit", "talk_round") or not 0 <= c.order < len(texts):
            continue
        text = texts[c.order]
        m = _BRIEFED.search(text)
        if m is None:
            continue
        told = {a.key for a in find_actors(text[:m.end()], roster)}
        told |= {s for k in told if (s := roster.state_of(k))}
        for key in [k for k in c.actors if k in told]:
            del c.actors[key]


__all__ = ["briefed_about"]
