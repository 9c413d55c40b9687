"""A mission's or envoy's mandate renewed or extended is a decision (round 415).

The guideline's `decision` is a body or a side deciding (suspensions, appointments of envoys: rounds 357, 358). The
Security Council renewing a peace mission ("the mission is set to be renewed October 27", "the Council extended the
mandate of the mission until May") had no trigger: its date went to the nearest gathering instead ("a closed-door
meeting next week, before the mission is set to be renewed October 27" gave a second meeting on October 27).
"""
from __future__ import annotations

_WHAT = r"(?:mandate|mission|peacekeeping\s+(?:force|mission|operation)|observer\s+(?:force|mission))"

#: (event type, is a speech act, pattern), one pattern: "renewed / extended the mandate of the mission", "will extend its
#: mandate", or "the mission is set to be renewed October 27", "the mandate was extended on Friday"
MANDATES = [
    ("decision", False, r"\b(?:(?:renewed|renews|renew|renewing|extended|extends|extend|extending)\s+(?:the\s+|its\s+|their\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}?" + _WHAT + r"\b"
                        r"|" + _WHAT + r"(?:['’]s\s+mandate)?\s+(?:is|was|will\s+be|would\s+be|has\s+been|is\s+(?:set|due|expected)\s+to\s+be)"
                        r"\s+(?:renewed|extended)\b)"),
]

__all__ = ["MANDATES"]
