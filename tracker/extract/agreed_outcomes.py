"""An outcome the parties "agreed" at the gathering just told, in a sentence of its own with no date, is an accord of
that gathering's day (round 1305).

The guideline (twenty-ninth stop, decision 2) makes what the parties agree at a gathering an `agreement` of its own when
it commits them to an act beyond the gathering's own course (an exchange, a body to set up, a ceasefire, drafts or
points settled), dated by the gathering's days. News and readouts tell the gathering with its day, then its outcome a
sentence or two later with none: "Following the meeting, the sides agreed to exchange …", "In this meeting, the parties
agreed on the formation of …", "The two states also agreed to set up a liaison office …". `date_undated` dropped such
an accord: round 1195 (`gathering_accords`) dates only signings. This module reads the same tie for "agreed to | on |
upon | that" with a subject that is the gathering's parties or points back to them, and leaves out what the guideline
gives to the gathering itself: the talks' own course (to continue, resume or hold talks, to meet again, to keep in
contact) and general intentions with no act named (to strengthen cooperation, to work closely, to build on the
momentum); what is agreed must name an act of the guideline's list (`BEYOND`, read by round 1306 too). An agreement
told as background ("had agreed", "previously", "it was agreed"), by one side alone or by other parties than the
gathering's is not it (`gathering_accords.gathering_before`: the latest dated gathering of the three paragraphs before,
or of any paragraph before when the sentence opens on it, "At the latest talks, …"). Further points agreed at the same
gathering join its one agreement (`points_of`).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.gathering_accords import gathering_before
from tracker.extract.mentions import Roster

#: A subject that points back to the gathering's parties, right before "(also) agreed": "the sides", "both sides", "the
#: two leaders", "the Commissions", "They"
_BACK = r"(?:\b(?:[Tt]he|[Bb]oth|[Tt]he\s+two)\s+(?:[\w-]+\s+){0,2}?(?i:sides|parties|leaders|delegations|countries|" \
        r"states|governments|ministers|commissions|presidents|heads|teams|nations|participants)|\b[Tt]hey)"
#: Two names joined by "and" (the gathering's states, checked by `gathering_before`)
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
_NAMED = rf"\b{_NAME}\s+and\s+(?:the\s+)?{_NAME}"
_AGREED = re.compile(rf"(?:(?P<back>{_BACK})|{_NAMED})\s+(?:also\s+|further\s+|then\s+)?"
                     r"agreed\s+(?:to|on|upon|that)\b(?!-)")
#: The gathering named in the sentence itself: "At the latest talks, …", "Following the meeting, …", "In this meeting"
_TIED = re.compile(r"^(?:At|During|In|Following|After)\s+(?:the|this|that|their)\s+(?:latest\s+|last\s+|recent\s+)?"
                   r"(?:talks|meeting|round|session|summit|negotiations|consultations)\b")
#: The talks' own course and general intentions, which belong to the gathering (the guideline's exceptions)
OWN_COURSE = re.compile(r"\s+(?:\w+ly\s+)?(?:continue|resume|meet|hold|keep|maintain|stay|remain|"
                         r"launch\s+(?:the\s+)?(?:\w+\s+)?talks|strengthen|enhance|deepen|promote|build|work|further|"
                         r"intensify|explore|look|consider|discuss|(?:some\s+|several\s+)?(?:[\w-]+\s+)?next\s+steps|"
                         r"the\s+(?:need|importance|date|venue|agenda)|a\s+(?:date|venue|schedule)|"
                         r"implement\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:consensus|understandings?)|"
                         r"(?:the\s+)?(?:talks|meeting|dialogue|negotiations|consultations|discussions|current|"
                         r"next))\b",
                         re.I)
#: An act beyond the gathering, named in the words after "agreed …" (the guideline's list: an exchange or release, a
#: body to set up, a ceasefire, a withdrawal, a border section, a text or drafts, embassies to open, points listed)
BEYOND = re.compile(r"(?:[^.;:⟦]|\.(?=\d)){0,80}?\b(?:exchang|releas|swap|free\b|set\s+up|establish|formation|"
                    r"form\b|create|creation|cease-?fire|truce|withdraw|pull\s+(?:out|back)|open|reopen|drafts?\b|"
                    r"text\b|border|boundary|pillar|demarcat|delimit|deploy|return|hand\s*over|embass|refrain|"
                    r"the\s+following)", re.I)
#: Background: an accord of an earlier day, or told by no one
_BACKGROUND = re.compile(r"(?i)\b(?:had\s+(?:\w+\s+)?agreed|it\s+was\s+agreed|previously|earlier|in\s+the\s+past|ago|"
                         r"since|already)\b")


def gathering_of_outcome(c: Candidate, kept: list[Candidate], roster: Roster) -> Candidate | None:
    """The gathering told before whose outcome the undated "agreed" accord `c` is, or None (module docstring): within
    three paragraphs, or the latest one when the sentence names it ("At the latest talks, both sides agreed")."""
    if c.event_type != "agreement" or c.first is not None or c.future or c.halted or c.reference or not c.evidence:
        return None
    sentence = c.evidence[0]
    if "agreed" not in sentence:
        return None
    m = _AGREED.search(sentence)
    if m is None or OWN_COURSE.match(sentence, m.end()) or not BEYOND.match(sentence, m.end()) \
            or _BACKGROUND.search(sentence):
        return None
    reach = 99 if _TIED.match(sentence) else 3
    return gathering_before(c, kept, roster, reach=reach, shared=m.group("back") is not None)


def points_of(c: Candidate, source: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The accord of the same gathering `source` kept already, whose points `c` adds to (all the points agreed at one
    gathering are one agreement), or None."""
    same = [k for k in kept if k.event_type == "agreement" and k.order > source.order and k.first == c.first
            and k.last == c.last and k.dated_by == "context"]
    return same[-1] if same else None


__all__ = ["BEYOND", "OWN_COURSE", "gathering_of_outcome", "points_of"]
