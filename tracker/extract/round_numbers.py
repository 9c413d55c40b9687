"""Round numbers read once the article's events are assembled (rounds 590-591).

An inaugural meeting ("the first meeting of the new committee", "held their first meeting on Sunday") is its body's or
track's first sitting, as "met for the first time" is, not the first of a counted series: it keeps the number 1 while
the sentence rules type and merge it as a session (its ordinal ties it to the talks), and loses it here, unless the
article counts a later session of the same process ("the 2nd session … after the 1st meeting held in March"): then
it is the first of that series.

"The previous round" counts back from the story's own round: in a story of the second round, the previous is the
first (docs/extraction.md, open question 4 of batch 400-438), when the article numbers exactly one round of that process
and tells it first. "The next round" is left unnumbered, as the synthetic labels (018) and most real ones (101) leave it.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.round_mentions import find_rounds


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


#: "the previous round of talks", "the preceding session": a round told by its place before the story's own
_PREVIOUS = re.compile(r"\b[Tt]he\s+(?:previous|preceding)\s+(?:[\w-]+\s+)?(?:round|session)s?\b")


def count_from_story(events: list[Candidate]) -> list[Candidate]:
    """Number an unnumbered "previous" round from the one round of its process the article numbers (N - 1)."""
    for c in events:
        if c.event_type != "talk_round" or c.round_number or c.future or not c.evidence or not _PREVIOUS.search(c.evidence[0]):
            continue
        numbered = [e for e in events if e is not c and e.round_number and e.process == c.process]
        if len({e.round_number for e in numbered}) != 1 or any(e.paragraph > c.paragraph for e in numbered):
            continue  # two numbers, or one told only after it as background: no one start to count from
        number, first = numbered[0].round_number, numbered[0].first
        if number > 1 and not (c.first and first and c.first >= first):  # held before the story's round
            c.round_number = number - 1
    return events


__all__ = ["count_from_story", "unnumber_inaugural"]
