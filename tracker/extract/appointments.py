"""Envoys appointed, named or nominated are a decision (docs/extraction.md, "Types": decisions are "appointments of
envoys, a body deciding"; round 358).

No verb of appointment was a trigger, so "X was nominated Wednesday as the organization's envoy to the conflict"
reported nothing, or only the words of whoever announced it. The role must be a go-between's (envoy, representative,
mediator, negotiator, coordinator, facilitator): "named the new finance minister" is no diplomatic act of a process.
"""
from __future__ import annotations

_ROLE = r"(?:envoy|representative|mediator|negotiator|coordinator|facilitator|emissary)s?\b"

#: (event type, is a speech act, pattern)
APPOINTMENTS = [
    ("decision", False, r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|will\s+be)\s+(?:formally\s+|officially\s+)?"
                        r"(?:appointed|named|nominated|designated)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday|today|yesterday))?\s+(?:as\s+)?(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+|"
                        r"[A-Z][\w.-]*['’]s\s+)?(?:[\w'’.-]+\s+){0,5}?" + _ROLE + r")"),
    ("decision", False, r"\b(?:appointed|appoints|named|names|nominated|nominates|designated)\s+(?:[A-Z][\w'’.-]*\s+){1,4}"
                        r"(?:as\s+)(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w'’.-]+\s+){0,5}?" + _ROLE),
]

__all__ = ["APPOINTMENTS"]
