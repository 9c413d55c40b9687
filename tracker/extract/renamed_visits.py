"""A gathering its own sentence renames as a visit is the visit (round 487).

The guideline files meetings held during a visit under the visit ("meetings held during a visit belong to the visit
unless the text dates them apart"). Wire copy often tells the meeting and then names the whole in apposition: "The
delegation met officials in Riyadh last week, the first such visit since the war began", "X held talks in Cairo on
Monday, his first trip abroad since taking office". The appositive names what the event was: a visit.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: a meeting verb or noun, then in the same sentence ", the first such visit", ", his first trip abroad"
_RENAMED = re.compile(r"\b(?:met|meets|meeting|talks|held\s+(?:[\w-]+\s+)?(?:talks|discussions))\b[^.;⟦]{0,160}?,\s+"
                      r"(?:the|a|his|her|their|its)\s+(?:first|second|third|latest|rare|first-ever|maiden|official|"
                      r"surprise)?\s*(?:such\s+)?(?:visit|trip)\b")


def renamed_visit(c: Candidate) -> bool:
    """Whether `c`, a meeting or an unnumbered talk round, is renamed a visit in its own sentence."""
    return c.event_type in ("meeting", "talk_round") and not c.round_number and bool(c.evidence) \
        and "," in c.evidence[0] and bool(_RENAMED.search(c.evidence[0]))


__all__ = ["renamed_visit"]
