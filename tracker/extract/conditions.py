"""A gathering told only as a question or a condition is no event (round 422).

"Asked whether the talks will be held this month, the minister said …", "It is unclear whether the summit would take
place", "His meeting with X can only take place after careful preparation": the sentence makes no gathering known, it
asks about one or sets a condition for it. The guideline keeps what a text reports as held, planned or announced, not
generic hopes or possibilities (docs/extraction.md, "What counts as an event"; "The venue might be Astana" is no venue).
A gathering that is told only in such a sentence (its one evidence) is dropped; one told elsewhere as well keeps it.
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


def drop_conditional(events: list[Candidate]) -> list[Candidate]:
    """The events less the gatherings whose only sentence asks whether they will happen or makes them conditional."""
    return [c for c in events if not (c.event_type in _GATHERINGS and len(c.evidence) == 1 and not c.round_number
                                      and ("whether" in c.evidence[0] or " only " in c.evidence[0])
                                      and (_WHETHER.search(c.evidence[0]) or _ONLY_IF.search(c.evidence[0])))]


__all__ = ["drop_conditional"]
