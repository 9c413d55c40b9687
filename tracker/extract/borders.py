"""A gathering held at the border of its two states has that border as its venue (round 457).

"The meeting was held on Friday at the border between the two countries": the annotation guideline names the place as
the two states' border ("Armenia-Azerbaijan border", docs/extraction.md, open questions of articles 400-438, 10), the
states in alphabetical order. Only a gathering with no venue yet and exactly two states among its actors takes it; a
border named by a post or a town ("at the Chushul-Moldo border meeting point") is `venues.venue_of`'s.
"""
from __future__ import annotations

import re

_GATHERINGS = ("meeting", "talk_round", "summit")
#: "at the border between the two countries", "on the state border between the sides", "at their common border"
_AT_BORDER = re.compile(r"\b(?:at|on)\s+(?:the|their)\s+(?:(?:state|common|shared|mutual)\s+)?border\b"
                        r"(?!\s+(?:[a-z]+\s+)?(?:of|with|crossings?|posts?|points?|areas?|regions?|villages?|towns?|guards?|troops|forces|"
                        r"clashes)\b)")  # nor a place on it: "at the border truce village of Panmunjom" (round 526)


def border_venues(events: list, roster) -> None:
    """Give each gathering told "at the border between the two countries" with no venue the border of its two states."""
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue or not any("border" in e and _AT_BORDER.search(e) for e in c.evidence):
            # any sentence of the gathering: the one that dates it may come first and say where in another (round 471)
            continue
        states = sorted({e.name for k in c.actors if (e := roster.entry(k)) is not None and e.kind == "state"})
        if len(states) == 2:
            c.venue = (f"{states[0]}-{states[1]} border", None)


__all__ = ["border_venues"]
