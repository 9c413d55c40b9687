"""A party that confirms it will take part in a planned gathering adds no event of its own (round 348).

"Serbian President X and Kosovo Prime Minister Y have confirmed their participation": the words only say who will be at
the meeting the article announces; the guideline records the gathering with its parties, not each acceptance as a
statement (docs/extraction.md, "What counts as an event"). The statement folds into the planned gathering told in the
same or the two paragraphs before; with none, it stays.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import gated

_CONFIRMED = gated(re.compile(r"\b(?:confirmed|confirms|confirm)\s+(?:his|her|their|its)\s+(?:participation|attendance|presence)\b"))
_GATHERINGS = ("meeting", "talk_round", "summit")


def fold_confirmations(events: list[Candidate]) -> list[Candidate]:
    """Fold each "X confirmed their participation" statement into the planned gathering just announced."""
    kept: list[Candidate] = []
    for c in events:
        if c.event_type == "statement" and c.evidence and _CONFIRMED.search(c.evidence[0]):
            planned = [m for m in kept if m.event_type in _GATHERINGS and m.future and 0 <= c.paragraph - m.paragraph <= 2]
            if planned:
                target = max(planned, key=lambda m: m.order)
                target.evidence += [e for e in c.evidence if e not in target.evidence]
                for key in c.actors:
                    target.actors.setdefault(key, "participant")
                continue
        kept.append(c)
    return kept


__all__ = ["fold_confirmations"]
