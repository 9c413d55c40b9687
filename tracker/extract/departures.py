"""Departures the visit verbs did not read, which are visits all the same (rounds 1105, 1153).

"Foreign Minister X left on Sunday for a visit to Bahrain", "The envoy departed late Tuesday for Cairo", "A delegation
of government officials on Monday headed to Mekele": `triggers`' visit verbs read "left for", "departed for" and "set
off for" only with "for" right after the verb, and "headed to" not at all, so a departure whose day stands between the
verb and "for", or told by "headed to", gave no event. The guideline types a trip to a state a `visit`
(docs/extraction.md, "Types"). Not a trip said to be for talks ("headed to Doha for talks with …", "to meet …": the
guideline gives a delegation's trip for talks to the talks, which `triggers` and `arrivals` read), nor the progressive
"was / is heading to", which tells a journey under way as often as a plan or a return home.
"""
from __future__ import annotations

#: The day a departure is told with, between its verb and "for": "on Sunday", "late Tuesday", "on Monday evening",
#: "yesterday", "this morning".
_DAY = (r"(?:(?:late|early)\s+)?(?:(?:on|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|"
        r"evening|night))?|yesterday|today|tonight|this\s+(?:morning|afternoon|evening)")
#: A trip for talks is the talks (the patterns that read it are `triggers`' and `arrivals`'): no visit of its own.
_NOT_FOR_TALKS = (r"(?![^.;⟦]{0,60}?\b(?:to\s+(?:meet|negotiate|hold\s+talks|resume\s+talks)|"
                  r"for\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations))\b)")
DEPARTURES = [("visit", False, r"\b(?:left|departed|set\s+off|set\s+out)\s+(?:" + _DAY + r")\s*,?\s+for\s+"
                               r"(?:(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)\s+to\s+)?"
                               r"(?=(?:the\s+)?[A-Z])" + _NOT_FOR_TALKS),
              ("visit", False, r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\bheaded\s+(?:(?:" + _DAY + r")\s+)?"
                               r"to(?=\s+(?:the\s+)?[A-Z])" + _NOT_FOR_TALKS),
              # a journey with its day between the verb and "to" (round 1153): "traveled on Thursday to Qatar, a source said";
              # "traveled to" with nothing between is `triggers`' own
              ("visit", False, r"\b(?:travell?ed|flew|jetted)\s+(?:" + _DAY + r")\s+to(?=\s+(?:the\s+)?[A-Z])" + _NOT_FOR_TALKS)]
#: One of these words must be in a sentence for `DEPARTURES` to be tried (`triggers._gated`).
DEPARTURE_WORDS = ("left", "departed", "set off", "set out", "headed", "traveled", "travelled", "flew", "jetted")

__all__ = ["DEPARTURES", "DEPARTURE_WORDS"]
