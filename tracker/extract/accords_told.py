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

_DOCUMENT = (r"(?:agreements?|deals?|accords?|treat(?:y|ies)|memorand(?:um|a)|declarations?|protocols?|pacts?|MoUs?|"
             r"communiqu[eé]s?|contracts?|road\s*maps?)")

#: Round 653: "inked" and "penned", the wires' words for signing ("Putin and Xi inked a series of agreements in Moscow on
#: Tuesday", "The deal was inked in Doha on Saturday", "the leaders penned a joint declaration"), which the table's
#: "signed" did not read; the object or subject must be a document ("penned an op-ed", "inked a tattoo" are no accords)
INKED = [
    ("agreement", False, r"\b(?:inked|inks|penned|pens)\s+(?:(?:an?|the|their|its|his|her|two|three|four|several|\d+)\s+)?"
                         r"(?:[\w-]+\s+){0,3}?" + _DOCUMENT + r"\b"),
    ("agreement", False, r"\b(?i:agreement|deal|accord|treaty|memorandum|declaration|protocol|pact)(?:,\s*|\s+)(?:[\w-]+\s+){0,4}?"
                         r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:inked|penned)\b"),
]

__all__ = ["ACCORDS_TOLD", "INKED"]
