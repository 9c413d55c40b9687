"""An accord the parties "agreed" on at a gathering their sentence tells by its noun is that gathering (round 543).

"X said a meeting with the delegations in Brussels had addressed a wide range of issues and that the parties had agreed
on follow-up steps": the sentence reports the meeting, told by its noun as the subject of a verb of its content, and what
was agreed there; the guideline gives what the parties agreed at talks to the talks unless the text dates the agreement
or a document is signed (docs/extraction.md, "Types"). Such an undated agreement is read as the gathering, as "At talks in
X, A and B agreed" is (round 175), when no other candidate of the sentence reports a gathering.

Since the twenty-ninth stop (decision 2) what the parties agree there is an accord of its own as well when it commits
them beyond the gathering (an exchange, a body to set up, a border section: `agreed_outcomes.BEYOND`), dated by the
gathering: `outcome_of_talks` turns the candidate into the gathering and gives back a copy as the accord (round 1306).
"""
from __future__ import annotations

import copy
import re

from tracker.extract.agreed_outcomes import BEYOND, OWN_COURSE
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


#: What the parties agreed there: "agreed to", "agreeing on" (not "agreed-upon")
_AGREED_TO = re.compile(r"\bagree(?:d|ing)\s+(?:to|on|upon|that)\b(?!-)")


def outcome_of_talks(c: Candidate, kind: str) -> list[Candidate]:
    """Make the accord `c`, told as agreed at the gathering its sentence names, that gathering (`kind`); give back the
    accord itself as an event of its own when what was agreed commits the parties beyond the gathering (an exchange, a
    body to set up, …: the guideline's twenty-ninth stop, decision 2; round 1306), else nothing."""
    sentence = c.evidence[0] if c.evidence else ""
    agreed = _AGREED_TO.search(sentence)
    own = agreed is not None and not OWN_COURSE.match(sentence, agreed.end()) and BEYOND.match(sentence, agreed.end())
    accord = copy.deepcopy(c) if own else None
    c.event_type = kind
    if accord is not None:
        accord.at_talks = False
    return [accord] if accord is not None else []


__all__ = ["agreed_at_gathering", "outcome_of_talks"]
