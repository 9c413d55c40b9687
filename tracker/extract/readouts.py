"""A readout of a gathering told as someone's words belongs to the gathering (docs/extraction.md, "Types", round 260).

"According to the foreign ministry, the meeting covered the ceasefire", "The talks focused on prisoners, the ministry
said", "X says the discussion was devoted to security": the words describe what was said at the meeting, talks or call
just reported; the guideline gives what a readout says of a meeting or call to that meeting or call, so they are no
statement of their own. Only a plain statement is folded (a proposal or an announcement makes something else known),
only when the sentence's gathering is told in the past tense by a verb of its content, and only into the latest
gathering held (not planned) in the same or the previous four paragraphs; with none, the statement stays.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: The gathering just reported as the subject of a verb of its content: "the meeting covered", "the talks focused on",
#: "the discussion was focused on", "the conversation dealt with" (not "the next meeting will focus on": no past verb)
_CONTENT = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?!(?:next|upcoming|new|coming|future|planned|proposed)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|discussions?|negotiations|consultations|conversation|call|session|round)\s+(?:[\w-]+ly\s+)?"
    r"(?:focused|focussed|covered|addressed|centred|centered|touched\s+(?:up)?on|dealt\s+with|revolved|concentrated|"
    r"(?:was|were|had\s+been)\s+(?:mainly\s+|largely\s+|primarily\s+)?(?:focused|focussed|devoted|dedicated|centred|centered))\b")
_GATHERINGS = ("meeting", "talk_round", "summit", "call")


def fold_readouts(events: list[Candidate]) -> list[Candidate]:
    """Fold each statement that reads out the content of the gathering just reported into that gathering."""
    kept: list[Candidate] = []
    for c in events:
        if c.event_type == "statement" and c.evidence and _CONTENT.search(c.evidence[0]):
            held = [m for m in kept if m.event_type in _GATHERINGS and not m.future and not m.reference
                    and m.order < c.order and 0 <= c.paragraph - m.paragraph <= 4]
            if held:
                target = max(held, key=lambda m: m.order)
                target.evidence += [e for e in c.evidence if e not in target.evidence]
                target.quotes += c.quotes
                continue
        kept.append(c)
    return kept


__all__ = ["fold_readouts"]
