"""A ceasefire declared, ordered or put into force by one side is a decision (round 410).

The guideline's `agreement` is an accord reached between parties; its `decision` is an act of one side or one body
(suspensions, appointments, talks frozen: rounds 357, 358). A leader who "announced the entry into force of the
bilateral ceasefire on December 31", "declared a unilateral truce" or "ordered a ceasefire" acts alone: the noun
"ceasefire" with its date was read as an agreement, and the verb as the words that report it, a statement. Read before
the speech verbs, so that "announced" is the act; "announced a ceasefire agreement between X and Y" stays the accord
told (round 352), and "ceasefires have been declared" (no object after the verb) is no act.
"""
from __future__ import annotations

_TRUCE = r"(?:cease-?fires?|truces?)"

#: (event type, is a speech act, pattern): one pattern, so that a sentence the gate lets through is scanned once;
#: "announced the entry into force of the bilateral ceasefire", "declared the start of a truce", or "declared a
#: unilateral ceasefire", "ordered a three-day truce" (not "… ceasefire agreement between …")
TRUCES_DECLARED = [
    ("decision", False, r"\b(?:(?:announced|announces|declared|declares|proclaimed|proclaims|decreed|decrees|ordered|orders)\s+"
                        r"(?:the\s+)?(?:entry\s+into\s+force|start|beginning|extension)\s+of\s+(?:the|a|an|its|their)\s+"
                        r"(?:[\w-]+\s+){0,2}?" + _TRUCE + r"\b"
                        r"|(?:declared|declares|proclaimed|proclaims|ordered|orders|announced\s+(?=an?\s+(?:[\w-]+\s+){0,2}?unilateral))\s*"
                        r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + _TRUCE + r"\b(?!\s+(?:agreement|deal|accord|between|with)\b))"),
]

__all__ = ["TRUCES_DECLARED"]
