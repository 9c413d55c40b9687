"""Talks frozen, halted or paused by one side are a decision (round 357).

The guideline's `decision` is a body or a side deciding ("appointments of envoys, a body deciding"). "Suspended" was
already a decision verb; the other wire forms of the same act were not, so only the words that report them were kept,
as a statement or an announcement: "the rebels announced that they were freezing the talks", "ordered a temporary
halt to the negotiations", "announced the suspension of its participation in the dialogue".
"""
from __future__ import annotations

_TALKS = r"(?:the|its|their|his|her|all)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|dialogue|participation|peace\s+process)\b"

#: (event type, is a speech act, pattern), read before the speech verbs so that "announced the suspension" is the act
FREEZES = [
    # the announcement of the act is the act: "announced that they were freezing the talks" (the verb is claimed here)
    ("decision", False, r"\b(?:announced|announces|declared|declares)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?"
                        r"(?:(?:was|were|is|are|had|has|would|will)\s+)?(?:froze|frozen|freezing|freeze|suspending|suspended|"
                        r"suspend|halting|halted|halt|pausing|paused|pause)\s+" + _TALKS),
    ("decision", False, r"\b(?:froze|freezes|freezing|(?:will|would|to)\s+freeze|suspending|halting|pausing)\s+" + _TALKS),
    ("decision", False, r"\b(?:ordered|announced|announces|declared)\s+(?:a\s+|the\s+)?(?:temporary\s+|indefinite\s+)?"
                        r"(?:halt|pause|suspension|freeze|freezing)\s+(?:of|to|in)\s+" + _TALKS),
]

__all__ = ["FREEZES"]
