"""A gathering told as what the parties agreed, decided or accepted to hold is a plan, not an act of that day.

"The two sides agreed on Tuesday to hold a meeting of the joint committee at an early date", "Jordan on Tuesday
accepted a UN request to host a meeting", "have agreed to hold a meeting … as soon as possible": the day (or the
present perfect) is the agreeing's; the meeting is still to come and has no day unless the sentence gives it one of its
own (docs/extraction.md, "Dates": "soon", "at an early date" give no date). Round 1046.
"""
from __future__ import annotations

import re

#: The verb of agreeing, deciding or accepting that governs the infinitive of the gathering, with at most a short
#: object between ("accepted a UN request to host", "agreed on Tuesday to hold", "decided in principle to convene")
_AGREED_TO = re.compile(r"\b(?:agreed|agree|agrees|decided|decide|decides|accepted|accepts|accept|consented|resolved)\b"
                        r"(?:\s+[\w'’-]+){0,4}?\s*$", re.I)


#: The infinitive names the gathering, in the trigger or within five words after its verb: "to hold a meeting", "to
#: resume the six-party talks" (not "to open the border", a trigger that stands for a gathering fronted before it:
#: "During talks in Geneva, X and Y agreed to open the border", round 991)
_GATHERING_INFINITIVE = re.compile(r"to\s+[\w-]+\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|meetings|talks|round|summit|session|"
                                   r"negotiations|consultations|conference|dialogue|gathering)\b", re.I)


def agreed_plan(text: str, start: int, trigger: str) -> bool:
    """Whether the trigger at `start` ("to hold a meeting") is the infinitive of a verb of agreeing or accepting."""
    if not trigger.startswith("to ") or not _GATHERING_INFINITIVE.match(text, start):
        return False
    return _AGREED_TO.search(text, max(0, start - 50), start) is not None
