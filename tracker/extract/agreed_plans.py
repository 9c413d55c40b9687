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


def agreed_plan(text: str, start: int, trigger: str) -> bool:
    """Whether the trigger at `start` ("to hold a meeting") is the infinitive of a verb of agreeing or accepting."""
    if not trigger.startswith("to "):
        return False
    return _AGREED_TO.search(text, max(0, start - 50), start) is not None
