"""Meetings told in the plural after "held" or "had": "held meetings in Muscat with …", "held separate meetings in Lima
on Monday" (round 774).

The meeting verbs of `triggers` read "held a meeting", "held talks", "held meetings with", but not the plural noun with
its place or day before the people met ("held meetings in Muscat with Omani officials"). A count before the noun ("held
several / three meetings") stays an aggregate, no event (docs/extraction.md, "What counts"). An envoy's rounds of
meetings are told this way in news English; the sentence tells one event, a meeting of its days (docs/extraction.md,
"Types": meetings outside a series of talks).
"""
from __future__ import annotations

#: "held meetings", "had separate meetings", "held bilateral meetings"; not "the meetings held" (the verb first), not
#: "held meetings of the committee" (a body's sessions, counted rather than told), and only in the past: "will be holding
#: bilateral meetings", "was expected to hold further meetings" tell the programme of a visit or a conference, whose parts
#: the guideline files under it (dev 325, 616)
PLURAL_MEETINGS = [("meeting", False,
                    r"\b(?:held|had)\s+(?:(?:separate|further|intensive|closed-door|private|bilateral|"
                    r"parallel|individual)\s+){0,2}meetings\b(?!\s+of\b)")]
#: A sentence must hold one of these to be read for the pattern (a gate, prefilter.py)
PLURAL_WORDS = ("meetings",)

__all__ = ["PLURAL_MEETINGS", "PLURAL_WORDS"]
