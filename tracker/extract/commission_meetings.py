"""A meeting of a joint, border or bilateral commission, committee or mechanism of two sides is a session of their
standing talks (round 1281).

The guideline's `talk_round` covers "a joint commission or committee of an agreement's parties" and "a working
mechanism, commission or working groups of two states on their border or dispute", numbered or not, whatever the
text calls their gatherings (docs/extraction.md, "Types", decision 2 of the twenty-third stop). `assemble._read`
makes a meeting a session only when its process is one of `process_kinds.STANDING_PROCESSES` and no person stands
among its actors, so such a body's meeting stayed a meeting when a spokesperson or a chair reported it ("X, the
spokesperson, presented the results of the Border Committee Meeting held on …"), or when the sentence tied it to a
wider process ("the coming meeting of the bilateral commission on the border"). `standing_bodies` reads Libya's
Joint Military Commission only.

Read here: the body as the gathering's own name, "(a / the …) meeting / session of the (…) Joint / Border /
Bilateral / Boundary / Intergovernmental (…) Commission / Committee / Mechanism", or "… Committee (GBC) Meeting", "…
mechanism meeting". Not its members or a minister meeting apart ("met members of the joint commission"), and not a
commission of one side or of a body ("the European Commission", "the Joint Committee of the Senate": no joint /
border / bilateral word before the noun, or a parliament's). A cheap literal gate ("ommi" or "echanism") runs first.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_KIND = r"(?i:joint|border|bilateral|boundary|intergovernmental)"
_NOUN = r"(?i:commission|committee|mechanism)"
_BODY = r"\b" + _KIND + r"\s+(?:[\w-]+\s+){0,3}?" + _NOUN + r"\b"
_SESSION = r"(?i:meeting|session)"
_BODY_MEETING = re.compile(
    # "a meeting of the Joint Commission of the X", "the next meeting of the bilateral commission on delimitation"
    r"\b" + _SESSION + r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _BODY[2:]
    # "the Extraordinary X-Y General Border Committee (GBC) Meeting", "the bilateral consultative mechanism meeting"
    + r"|" + _BODY + r"(?:\s+\([A-Z]{2,8}\))?\s+" + _SESSION + r"\b")
_NOT_SIDES = re.compile(r"\b(?:members?|representatives?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _BODY[2:]
                        + r"|\b(?:parliament(?:ary)?|senate|assembly|congress)\b", re.I)


def commission_meeting(c: Candidate) -> bool:
    """True for a meeting whose first sentence names a joint, border or bilateral body's meeting as the gathering."""
    if c.event_type != "meeting" or not c.evidence:
        return False
    text = c.evidence[0]
    if "ommi" not in text and "echanism" not in text:
        return False
    return bool(_BODY_MEETING.search(text)) and not _NOT_SIDES.search(text)


__all__ = ["commission_meeting"]
