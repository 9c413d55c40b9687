"""Round numbers read once the article's events are assembled (rounds 590-591).

An inaugural meeting ("the first meeting of the new committee", "held their first meeting on Sunday") is its body's or
track's first sitting, as "met for the first time" is, not the first of a counted series: it keeps the number 1 while
the sentence rules type and merge it as a session (its ordinal ties it to the talks), and loses it here, unless the
article counts a later session of the same process ("the 2nd session … after the 1st meeting held in March"): then
it is the first of that series.
"""
from __future__ import annotations

from tracker.extract.candidate import Candidate
from tracker.extract.triggers import find_rounds


def unnumber_inaugural(events: list[Candidate]) -> list[Candidate]:
    """Clear round 1 from events whose only ordinal 1 is an inaugural "first meeting" (docs/extraction.md, "Types")."""
    later = {c.process for c in events if (c.round_number or 0) > 1}
    for c in events:
        if c.round_number != 1 or c.process in later:
            continue
        ones = [r for text in c.evidence for r in find_rounds(text) if r.number == 1]
        if ones and all(r.inaugural for r in ones):
            c.round_number = None
    return events


__all__ = ["unnumber_inaugural"]
