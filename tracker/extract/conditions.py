"""A gathering told only as a question or a condition is no event (round 422).

"Asked whether the talks will be held this month, the minister said …", "It is unclear whether the summit would take
place", "His meeting with X can only take place after careful preparation": the sentence makes no gathering known, it
asks about one or sets a condition for it. The guideline keeps what a text reports as held, planned or announced, not
generic hopes or possibilities (docs/extraction.md, "What counts as an event"; "The venue might be Astana" is no venue).
A gathering that is told only in such a sentence (its one evidence) is dropped; one told elsewhere as well keeps it.

Round 426: a gathering told only as the object of an intention, with no time of its own after it ("escalated last year
over the government's decision to meet with the junta", "announced on July 25 plans to speak by phone with X"): the
sentence's day belongs to another verb, and the gathering took it (or the day of the event just told). An intention with
its own time ("a decision to hold the next meeting in Astana on May 3-4", "plan to hold a meeting before the end of
August") stays an event.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_NOUN = r"(?:talks|meeting|meetings|summit|round|negotiations|session|consultations|visit|call|conversation)"
#: "whether the agreed-upon talks will be held", "whether a summit would take place": a question about a gathering
_WHETHER = re.compile(r"\bwhether\s+(?:or\s+not\s+)?(?:[\w.'’-]+\s+){0,6}?" + _NOUN
                      + r"\s+(?:[\w.'’-]+\s+){0,4}?(?:will|would|could|can|might|may|is\s+to|are\s+to)\b")
#: "his meeting with X can only take place after …", "talks could only resume if …": a condition set for a gathering
_ONLY_IF = re.compile(_NOUN + r"\s+(?:[\w.'’-]+\s+){0,8}?(?:can|could|will|would|may|might)\s+only\s+(?:take\s+place|be\s+held|"
                      r"happen|resume|start|begin|proceed|go\s+ahead)\s+(?:after|when|if|once|provided|on\s+condition)\b")
_GATHERINGS = {"meeting", "summit", "talk_round", "visit", "call"}
#: "the government's decision to meet", "plans to speak by phone", "his readiness to visit": an intention named by a noun
_INTENT = re.compile(r"\b(?:plans?|decision|intention|offer|proposal|readiness|willingness|desire|wish)\s+to\s+(?:\w+ly\s+)?"
                     r"(?:meet|speak|talk|visit|host|hold\s+(?:talks|a\s+meeting|a\s+summit|consultations|negotiations))\b")
#: A time word after the intention (`clauses._WHEN` and the words of vague dates)
_TIME_AFTER = re.compile(r"\b(?:next|tomorrow|soon|later|early|mid|late|end|(?:Jan|Febr)uary|March|April|May|June|July|August|"
                         r"(?:Sept|Nov|Dec)ember|October|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4})\b")


def _intended(evidence: str) -> bool:
    m = _INTENT.search(evidence) if " to " in evidence else None
    return m is not None and not _TIME_AFTER.search(evidence, m.end(), m.end() + 120)


def drop_conditional(events: list[Candidate]) -> list[Candidate]:
    """The events less the gatherings whose only sentence asks whether they will happen, makes them conditional or only
    names the intention to hold them with no time of their own (round 426)."""
    return [c for c in events if not (c.event_type in _GATHERINGS and len(c.evidence) == 1 and not c.round_number
                                      and (("whether" in c.evidence[0] or " only " in c.evidence[0])
                                           and (_WHETHER.search(c.evidence[0]) or _ONLY_IF.search(c.evidence[0]))
                                           or _intended(c.evidence[0])))]


__all__ = ["drop_conditional"]
