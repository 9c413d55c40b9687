"""An accord the parties "agreed" on at a gathering their sentence tells by its noun is that gathering (round 543).

"X said a meeting with the delegations in Brussels had addressed a wide range of issues and that the parties had agreed
on follow-up steps": the sentence reports the meeting, told by its noun as the subject of a verb of its content, and what
was agreed there; the guideline gives what the parties agreed at talks to the talks unless the text dates the agreement
or a document is signed (docs/extraction.md, "Types"). Such an undated agreement is read as the gathering, as "At talks in
X, A and B agreed" is (round 175), when no other candidate of the sentence reports a gathering.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: A gathering told by its noun as the subject of a past verb of its content: "a trilateral meeting … in Brussels had
#: addressed", "the talks had yielded progress", "their consultations covered" (not "the next meeting will address")
_TOLD = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts)\s+(?!(?:next|upcoming|new|coming|future|planned|proposed)\b)(?:[\w-]+\s+){0,2}?"
                   r"(?:meeting|talks|negotiations|consultations|discussions|session|round)\b[^.;⟦]{0,100}?\b(?:had\s+|has\s+|have\s+)?"
                   r"(?:addressed|covered|focused\s+on|dealt\s+with|yielded|produced|made\s+progress|reviewed)\b")
_AGREED = re.compile(r"\b(?:had|have|has)?\s*agreed\b")
#: A document signed or adopted is an agreement of its own (the guideline's exception)
_DOCUMENT = re.compile(r"\b(?:signed|adopted|initiall?ed)\b")
_GATHERINGS = ("meeting", "talk_round", "summit")


def agreed_at_gathering(c: Candidate, events: list[Candidate]) -> bool:
    """True for an undated agreement "agreed" at the gathering its own sentence tells by its noun, with no other candidate
    of that sentence reporting a gathering."""
    if c.event_type != "agreement" or c.first is not None or not c.evidence:
        return False
    sentence = c.evidence[0]
    told = _TOLD.search(sentence)
    if told is None or _AGREED.search(sentence, told.end()) is None or _DOCUMENT.search(sentence):
        return False
    return not any(x is not c and x.event_type in _GATHERINGS and sentence in x.evidence for x in events)


__all__ = ["agreed_at_gathering"]
