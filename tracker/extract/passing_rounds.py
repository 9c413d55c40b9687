"""A numbered round named in passing is the one dated round of its process the article reports (round 610).

"The talks will open in Istanbul on June 2. … Lavrov said Russia would present a memorandum during the second round of
negotiations": the second round is the talks of June 2, told once by their day and once by their number. The number
alone made an undated reference round of its own (a numbered round is always recorded), a second event for one
(docs/extraction.md, "Types": a numbered round mentioned anywhere is a `talk_round`; one event told twice is one). The
reference folds into the article's dated round of the same process when that round is the only dated one with no number,
no other event of the process carries the number, the numbers of the process's other dated rounds stay in order, and
a planned round is not told in the past by the reference ("Before the first round of the talks were suspended, …"
beside "the talks will resume on Thursday": an earlier round).
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.merging import _merge_plain
from tracker.extract.mentions import Roster

#: A round told as past by its own verb: "the first round of the Jeddah talks were suspended", "the first round ended"
_TOLD_PAST = re.compile(r"\b(?:round|session)s?\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+)?(?:was|were|had|ended|concluded|took\s+place|"
                        r"collapsed|broke\s+down|stalled|failed|produced|yielded)\b", re.I)


#: A round told as another than the one of the article's news: "a new round of the talks next week", "the next meeting in
#: the second half of 2023", "The previous session, the second round of …"
_OTHER_ROUND = re.compile(r"\b(?:new|next|another|upcoming|fresh|following|previous|last|earlier|former)\s+(?:[\w-]+\s+)?"
                          r"(?:round|session|meeting|talks|negotiations)\b", re.I)


def _in_order(target: Candidate, number: int, others: list[Candidate]) -> bool:
    """True when the process's other dated, numbered rounds stay in order with `target` given `number`."""
    for o in others:
        if o.first is None or not o.round_number:
            continue
        if (o.last or o.first) < target.first and o.round_number >= number:
            return False
        if o.first > (target.last or target.first) and o.round_number <= number:
            return False
    return True


def fold_passing_rounds(events: list[Candidate], roster: Roster, anchor: dt.date | None) -> list[Candidate]:
    """The events with each undated reference round that can only be the article's one dated unnumbered round of its
    process folded into that round, which takes its number."""
    folded: set[int] = set()
    for c in events:
        if c.event_type != "talk_round" or not c.reference or c.first is not None or not c.round_number or not c.process:
            continue
        same = [m for m in events if m is not c and id(m) not in folded and m.process == c.process
                and m.event_type == "talk_round"]
        dated = [m for m in same if m.first is not None and not m.round_number and not m.halted]
        if len(dated) != 1 or any(m.round_number == c.round_number for m in same):
            continue
        target = dated[0]
        if anchor is not None and abs((target.first - anchor).days) > 60:
            continue  # "since the talks started in August 2003" in a story of 2005: the start of the series, not the round
        if target.future and _TOLD_PAST.search(c.evidence[0]) or _OTHER_ROUND.search(c.evidence[0]) \
                or any(_OTHER_ROUND.search(e) for e in target.evidence) or not _in_order(target, c.round_number, same):
            continue
        _merge_plain(target, c, roster)
        folded.add(id(c))
    return [c for c in events if id(c) not in folded]


__all__ = ["fold_passing_rounds"]
