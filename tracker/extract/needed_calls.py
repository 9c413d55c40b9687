"""A call to act told as a need (round 1005).

The guideline makes speech a `proposal` when it calls on someone to act, and round 118 read "it is necessary to hold
talks" as one (`triggers.NECESSARY`). Wire copy tells the same call as often with the noun: "X reiterated the need for
an immediate ceasefire", "stressed the urgent need to resume talks", "there is a need for dialogue", "said there needs
to be another meeting". Those were left statements. The normative modals ("should", "must") stay out: round 561 found
them labelled both ways ("mechanisms should be created" is a position), while the need is always a thing to be done.
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import gated

#: The need, as a noun ("the need for a truce", "the urgent need to resume talks", "a need for dialogue") or the
#: impersonal verb ("there needs to be another meeting"), whose object is a diplomatic act: a halt to fighting, talks or
#: a meeting, or a verb that holds, resumes or starts them ("the need to resume talks", not "to restart the exports").
#: A need of anything else ("the need for the Council to base its reactions on facts", "the need to build on the
#: progress") is a position that a readout or a welcome states, which the labels keep a statement or fold into its call
#: (the guideline's "stressed during a call"). Not "no need".
_ACT = (r"(?:(?:an?|the|their|its)\s+)?(?:(?:immediate|urgent|early|swift|lasting|durable|permanent|comprehensive|"
        r"genuine|meaningful|inclusive|direct|new|further|another|renewed|political|national|sustained|humanitarian|"
        r"full|complete)\s+){0,2}(?:cease-?fires?|truces?|cessation|halt|end\s+to|talks|negotiations|dialogue|meetings?|"
        r"summit|round|resumption|de-?escalation|peace\s+(?:talks|process|negotiations))\b")
_ACT_VERB = (r"(?:(?:immediately|urgently|quickly|swiftly)\s+)?(?:(?:hold|resume|restart|return\s+to|start|begin|launch|"
             r"convene|continue)\s+" + _ACT + r"|meet|negotiate|reconvene|reach\s+(?:a|an)\s+(?:cease-?fire|truce|agreement|"
             r"deal|settlement)|agree\s+(?:on\s+)?(?:a|an)\s+(?:cease-?fire|truce))\b")
NEEDED = gated(re.compile(r"\b(?:(?:the|a|an)\s+(?:(?:urgent|pressing|immediate|clear|real|absolute|continued|vital|"
                          r"critical|growing|strong)\s+)?need\s+(?:for\s+" + _ACT + r"|to\s+" + _ACT_VERB + r")"
                          r"|there\s+(?:needs|need)\s+to\s+be\s+" + _ACT + r")", re.I))


def calls_as_need(text: str, start: int = 0) -> bool:
    """True when `text`, from `start`, tells a call to act as a need ("… stressed the need for a ceasefire")."""
    return bool(NEEDED.search(text, start))


__all__ = ["NEEDED", "calls_as_need"]
