"""Accords told as the outcome of talks or as what someone announced (round 352).

The guideline types an accord reached as an `agreement` ("documents signed or adopted, cessation of hostilities agreed"),
and what is said about an accord as a statement. Two wire forms give the accord itself but had no trigger, so only the
words that carry them were kept, as a statement: talks that "resulted in an agreement on a cessation of hostilities",
and "the UN announced a permanent cease-fire agreement between the rivals" (a new accord, with "a": "announced the
agreement" speaks of one told before and stays a statement).
"""
from __future__ import annotations

_ACCORD = r"(?:agreement|deal|accord|truce|cease-?fire|cessation\s+of\s+hostilities)"

#: (event type, is a speech act, pattern), read before the speech verbs so that "announced" is the accord's
ACCORDS_TOLD = [
    ("agreement", False, r"\b(?:resulted|results|culminated|culminates)\s+in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?" + _ACCORD
                         + r"(?=\s+(?:on|of|between|with|to)\b)"),
    ("agreement", False, r"\b(?:announced|announces)\s+(?:an?\s+)(?:[\w-]+\s+){0,2}?" + _ACCORD + r"(?=\s+(?:between|among)\b)"),
]

__all__ = ["ACCORDS_TOLD"]
