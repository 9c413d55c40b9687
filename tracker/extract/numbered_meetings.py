"""A numbered round told just after the dated meeting it numbers is that meeting, not an undated round of its own.

"X and Y met on Thursday in Ankara. The ministry released a joint statement following the fourth round of the
political dialogue meetings between the deputy ministers." and "X and Y met on 14 January in Moscow. During their first
meeting, … the two exchanged views": wire copy and readouts tell the meeting with its day and place first and give its
number in the next sentence, without the day. A numbered round is always recorded (docs/extraction.md, "Undated
events"), so the second sentence gave an undated round beside the dated meeting, and the label (one round, dated by the
meeting) was paired with the undated one (round 1130). An undated, numbered round told as held, in the paragraph of
a past meeting dated to the day by the text, or the next, with no other parties and no other process, joins it: the
meeting takes the round's number and type, the round its day and place.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.resolve import fold

#: A round told as another than the one just held: one to come or one before it ("the next round", "had held their
#: third round", "since the first round"), or a count of rounds ("the fourth round in two years")
_OTHER_ROUND = gated(re.compile(r"\b(?:next|upcoming|coming|previous|preceding|last|earlier|former|future|planned|proposed|"
                                r"since|had|will|would|shall|to\s+be|scheduled|expected|ahead\s+of|before\s+the)\b", re.I))


def _states(c: Candidate, roster: Roster) -> set[str]:
    return {roster.state_of(k) or k for k in c.actors}


def numbered_meeting(c: Candidate, kept: list[Candidate], roster: Roster) -> Candidate | None:
    """The dated meeting that undated numbered round `c` numbers, among the events `kept` before it, or None."""
    if c.event_type != "talk_round" or not c.round_number or c.first is not None or c.future \
            or c.halted or not c.evidence or _OTHER_ROUND.search(c.evidence[0]):
        return None
    held = [m for m in kept if m.event_type in ("meeting", "talk_round") and m.first is not None and m.dated_by == "text"
            and not m.future and m.precision == "day" and m.order < c.order and 0 <= c.paragraph - m.paragraph <= 1
            and m.round_number in (None, c.round_number)]
    if not held:
        return None
    source = max(held, key=lambda m: m.order)
    if c.processes and source.processes and not set(c.processes) & set(source.processes):
        return None  # the round of another process
    if c.venue and source.venue and fold(c.venue[0]) != fold(source.venue[0]):
        return None  # a round held elsewhere
    ours, theirs = _states(c, roster), _states(source, roster)
    if ours and not ours <= theirs:
        return None  # another party: another gathering
    return source


def join_numbered(c: Candidate, source: Candidate) -> None:
    """Fold round `c` into the dated meeting `source` it numbers."""
    source.event_type, source.round_number = "talk_round", c.round_number
    source.evidence += [e for e in c.evidence if e not in source.evidence]
    source.processes += [p for p in c.processes if p not in source.processes]
    source.process = source.process or c.process
    source.talks = source.talks or c.talks


__all__ = ["join_numbered", "numbered_meeting"]
