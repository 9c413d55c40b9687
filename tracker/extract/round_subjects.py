"""The subject of a round told with a verb the triggers do not read: "Delegations from X and Y have begun a fifth round
of indirect negotiations", "X and Y concluded the third session of their talks on Friday". The round was found on its
own (a numbered round needs no trigger), with no actors; its sentence's subject are its participants (docs/extraction.md,
"Actors": the participants). Part of `assemble.extract_article`, round 401.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import find_actors

#: "<subject> (have) begun / opened / concluded … a|the|their <up to three words> round|session" in one clause
_SUBJECT_ROUND = re.compile(
    r"^(?:(?:On|In|After|Later|Earlier)\s+[^,]{1,40},\s+)?(?P<subject>[^,;:⟦]{3,140}?)\s+(?:(?:have|has|had|will|would)\s+)?"
    r"(?:(?:also|now|finally|formally|officially)\s+)?(?:begun|began|begin|begins|started|start|starts|opened|open|opens|concluded|"
    r"conclude|concludes|ended|end|ends|wrapped\s+up|wrap\s+up|completed|complete|completes|launched|launch|launches|kicked\s+off|"
    r"kick\s+off|resumed|resume|resumes|finished|finish|convened|convene|wound\s+up)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:round|session)s?\b")

_MEDIATED_BY = re.compile(r"\b(?:mediated|brokered|facilitated|hosted)\s+by\s+(?:the\s+)?$")


def round_subjects(text: str, found: list[Candidate], roster) -> None:
    """Give the one actorless round of a sentence the actors of the sentence's subject, when the verb begins or ends it,
    and its mediator told after it."""
    bare = [c for c in found if c.event_type == "talk_round" and not c.actors]
    if len(bare) != 1 or ("round" not in text and "session" not in text):
        return
    m = _SUBJECT_ROUND.match(text)
    if m is None:
        return
    actors = find_actors(text, roster)
    for a in actors:
        if a.end <= m.end("subject") and not a.topic and a.prep in (None, "and", "from"):
            bare[0].actors.setdefault(a.key, "participant")
        elif a.start > m.end() and _MEDIATED_BY.search(text, max(0, a.start - 40), a.start):
            bare[0].actors.setdefault(a.key, "mediator")  # "…, mediated by Omani officials": the mediator takes part
