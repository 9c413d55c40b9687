"""A plan the speaker announces in the first person inside their quote (round 499): "'We will come to the region in late
January to learn the positions of the presidents,' <envoy> said". The quote's planned visit or meeting was an event
with no actor, since quotes are never read for actors; its subject is the speaker ("we": the speaker and those they
speak for). A planned event of the sentence with no actor takes the speaker's actors when one of the sentence's quotes
says "we / I will (come, visit, travel, meet, hold, …)". Part of `assemble.extract_article`."""
from __future__ import annotations

import re

from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.prefilter import fast_start

#: A first-person plan to go somewhere or to hold a gathering
_WE_WILL = fast_start(re.compile(r"\b(?:[Ww]e|I)\s+(?:will|shall|are\s+going\s+to|plan\s+to|intend\s+to)\s+(?:also\s+|soon\s+)?"
                      r"(?:come|visit|travel|go|return|meet|hold|host|convene)\b"))


def first_person_plans(found: list[Candidate], quotes: list[str]) -> None:
    """Give the sentence's actorless planned events the actors of its speaker, when a quote plans in the first person."""
    speaker = next((c for c in found if c.event_type in SPEECH_TYPES and c.speaker), None)
    if speaker is None or not any(_WE_WILL.search(q) for q in quotes):
        return
    for c in found:
        if c.event_type not in SPEECH_TYPES and c.future and not c.actors and not c.reference:
            c.actors = {k: "participant" for k, role in speaker.actors.items() if role in ("speaker", "initiator")}


__all__ = ["first_person_plans"]
