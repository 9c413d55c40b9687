"""A gathering its own sentence frames inside a visit is that visit (round 1168).

The guideline files meetings held during a visit under the visit unless the text dates them apart (docs/extraction.md,
"Types"). `visit_meetings` folds a meeting into a visit candidate of the same sentence ("concluded a visit to X, during
which he held talks"), `visit_referents` one that says "during the visit" into the article's one visit, and
`renamed_visits` a meeting renamed a visit in apposition. But the commonest frame names the visit as a noun phrase in the
meeting's own clause and no visit verb at all: "On her first visit to Rome as prime minister, X met the president",
"X, in a brief visit to Ankara last week, held talks with Y", "after meeting the king on a two-day visit to Amman".
No visit candidate is made from such a sentence, so the meeting (a summit when two heads meet) stood alone, where the
guideline has the visit. A visit's noun with "to" and a place, after "in" or "on" and a determiner, frames the
gathering of the sentence. "During her visit to Lima, X met Y" is left a meeting held there, as rounds 79 and 770 read it
and their tests pin it (a question for the lead: the guideline's line gives it to the visit too). Not "ahead of / before
/ after his visit to" (another time), nor a meeting held to prepare a visit.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: "in his first visit to Baghdad", "on a two-day visit to Amman", "in a short trip to Lima": the frame, with a place;
#: not "during her visit to Lima, X met Y", which rounds 79 and 770 keep a meeting held there (their tests pin it)
_FRAME = re.compile(r"\b(?:[Ii]n|[Oo]n)\s+(?:his|her|their|its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)\s+to\s+"
                    r"(?:the\s+)?[A-Z]")
#: the gathering told by a meeting verb in the same sentence
_MET = re.compile(r"\b(?:met|meets|meet|meeting|held\s+(?:[\w-]+\s+)?talks|holds\s+(?:[\w-]+\s+)?talks|received|hosted)\b")


def framed_visit(c: Candidate, events: list[Candidate]) -> bool:
    """Whether `c`, a meeting, summit or unnumbered talk round, is framed in its own sentence as held on a visit of which
    no candidate was made from that sentence (one made is `visit_meetings`' to fold into)."""
    if c.event_type not in ("meeting", "summit", "talk_round") or c.round_number or not c.evidence:
        return False
    text = c.evidence[0]
    return ("visit" in text or "trip" in text) and bool(_FRAME.search(text)) and bool(_MET.search(text)) \
        and not any(e is not c and e.event_type == "visit" and text in e.evidence for e in events)


__all__ = ["framed_visit"]
