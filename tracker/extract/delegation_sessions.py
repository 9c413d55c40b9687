"""A standing format's session told by its two sides' delegations or negotiators (round 1165).

`assemble._read` makes a meeting of a standing process a session (`talk_round`, decision 2 of the twenty-third stop)
when the words say talks, or when no person is named and no word of ministers, leaders, presidents or chiefs is in its
clause (`merging._NOT_SESSION`), so that a ministers' or leaders' own meeting stays a meeting. Wire copy of a session
often names who leads or chairs it all the same: "a regular meeting of the government delegations of X and Y … under
the chairmanship of the Deputy Chairman of the Cabinet of Ministers", "delegations from X and Y met under the mediation
of President Z", "a working meeting between the chief negotiator of X and the representative of Y", "the two ministers
met to hold another round of negotiations". The two sides' delegations, negotiating teams or chief negotiators, or a
purpose told as a round of talks, are the session's own words; the persons named lead it, so those guards give way.
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import gated

#: the two sides' delegations or negotiators as the gathering's parties, or the gathering's purpose a round of talks;
#: not "met with the delegations of" (one party receiving the others), read by `_RECEIVED`
_SIDES = gated(re.compile(
    r"\bdelegations\s+(?:of|from)\b|\b(?:two|both)\s+delegations\b|\bnegotiat(?:ing|ion)\s+teams\b"
    r"|\bchief[\s-]+negotiators\b|\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?chief[\s-]+negotiator\b"
    r"|\bto\s+(?:hold|conduct|start|begin|continue|open)\s+(?:a|another|the\s+next|a\s+new|new|their)\s+(?:[\w-]+\s+)?"
    r"round\s+of\s+(?:talks|negotiations|consultations)\b", re.I))
#: a party meeting or receiving the delegations or negotiators, not a session of them: "the president received the
#: delegations of", "he met with the deputy prime minister and chief negotiator", "the host's minister met the heads of
#: both delegations"
_RECEIVED = re.compile(r"\b(?:met|meets|meet|received|receives|receive|hosted|hosts)\b[^.;]{0,80}?"
                       r"\b(?:delegations|delegation|negotiat(?:ing|ion)\s+teams?|chief[\s-]+negotiators?)\b", re.I)


def sides_session(clause: str) -> bool:
    """Whether the event's `clause` tells a gathering of the two sides' delegations or negotiators, or one held to hold
    a round of talks: a session of their standing format, whoever is named as leading or chairing it."""
    return bool(_SIDES.search(clause)) and not _RECEIVED.search(clause)


__all__ = ["sides_session"]
