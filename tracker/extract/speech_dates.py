"""Which dated event a speech act reports, for guideline 2 of the corpus (docs/extraction.md, "Dates").

A "said" with no day of its own takes the day of the event it reports when that event is within three days of
publication, else the day of publication. Words told several paragraphs below the event, that do not name it ("the
talks", "this round", "the meeting"), report no event of the story: they are the news of the day of publication
(rounds 250-259).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: How many paragraphs below an event words may stand and still be read as reporting it without naming it
NEAR = 3
#: The event named again by a definite noun: "the talks", "this round", "the meeting", "yesterday's session"
_NAMES_EVENT = re.compile(
    r"\b(?:the|this|that|these|those|today['’]s|yesterday['’]s|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|talks|meeting|meetings|negotiations|discussions|session|summit|visit|call|conversation|consultations|"
    r"gathering|conference|signing|ceremony|agreement|deal|accord)\b", re.I)


def reports(speech: Candidate, event: Candidate) -> bool:
    """Whether `speech` may be read as reporting `event`: near it, or naming an event with a definite noun."""
    if speech.paragraph - event.paragraph <= NEAR:
        return True
    return any(_NAMES_EVENT.search(e) for e in speech.evidence[:1])


__all__ = ["NEAR", "reports"]
