"""A gathering told by its heads as a group, with no state named after them, is a summit (round 1205).

The guideline types a meeting of heads of state or government a `summit` (docs/extraction.md, "Types"). `summits`
reads leaders named with their states ("the leaders of Armenia and Azerbaijan met", "hosted the presidents of Kenya
and Uganda") and `assemble._read` heads named by title. The wire also names the heads only as a group: in the
gathering's own name ("the ASEAN Leaders' Meeting on 24 April", "the Fourth Consultative Meeting of Heads of State of
Central Asia", "a leaders' summit"), or as "the leaders of the five countries first met in X", "the summit between
state leaders". Those gatherings were left meetings, or sessions when numbered.

A numbered candidate is changed only when its ordinal stands before the heads' name ("the Fourth … Meeting of Heads
of State"), so that a ministers' numbered session told in the same sentence keeps its type. Not a party's, an
opposition's, a community's or a movement's leaders, nor a sentence about ministers' or officials' own meeting
unless the number ties the candidate to the heads' name. (Round 1187 of branch ty25b tried the unnumbered forms.)
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.round_mentions import ordinal_value

_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: the heads in a gathering's own name: "Leaders' Meeting", "leaders' summit", "Meeting of Heads of State"
#: (not "world leaders meeting in Berlin agreed": a participle, the leaders' own verb, which `_read` types by who met)
_NAMED = (r"\b[Ll]eaders['’]\s+(?:[Mm]eeting|[Ss]ummit)\b|\bLeaders\s+(?:Meeting|Summit)\b"
          r"|\b(?:[Mm]eeting|[Ss]ummit|[Cc]onference|[Cc]ouncil)\s+of\s+(?:the\s+)?[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)")
_GROUP = re.compile(
    _NAMED
    # "the summit between state leaders", "a meeting of world leaders"
    + r"|\b(?:meeting|summit|talks)\s+(?:between|among|of)\s+(?:the\s+)?(?:state|world|regional|" + _COUNT + r")\s+leaders\b"
    # "the leaders of the five countries first met"
    r"|\b(?:[Tt]he|[Tt]heir)\s+leaders\s+of\s+the\s+" + _COUNT + r"\s+(?:countries|states|nations|member\s+states)\s+"
    r"(?:(?:first|last|again|also|have|had|will|would)\s+)?(?:met|meet|held|gathered|convened)\b")
_NAMED_RE = re.compile(_NAMED)
#: the leaders of no state ("opposition party leaders"), or a sentence that names those who serve the heads, whose own
#: gathering the meeting may be ("the foreign ministers met to prepare the leaders' summit")
_NOT_HEADS = re.compile(r"\b(?:party|opposition|community|religious|tribal|business|rebel|militia|movement)\s+(?:[\w'’-]+\s+)?"
                        r"leaders\b|\b(?:ministers?|ministerial|officials?|advis[eo]rs?|envoys?|sherpas?|delegations?|"
                        r"negotiators?|ambassadors?)\b", re.I)


def leaders_group(c: Candidate) -> bool:
    """Whether `c`, a meeting or a numbered session, is told in its own sentence as a gathering of heads named as a
    group (a numbered one by its ordinal before the heads' name)."""
    if c.event_type not in ("meeting", "talk_round") or not c.evidence:
        return False
    text = c.evidence[0]
    if "eaders" not in text and "eads of" not in text:
        return False
    if c.round_number:
        return any(c.round_number in {ordinal_value(w) for w in text[:m.start()].split()[-5:]}  # "the Fourth Consultative
                   for m in _NAMED_RE.finditer(text))  # Meeting of Heads of State": its ordinal up to five words before
    return c.event_type == "meeting" and bool(_GROUP.search(text)) and not _NOT_HEADS.search(text)


__all__ = ["leaders_group"]
