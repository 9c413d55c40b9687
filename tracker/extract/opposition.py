"""A government and its opposition named bare: "the Constitutional Committee, composed of government and opposition
members, met …", "an opening session that brought the opposition and government delegations face-to-face".

Neither word names its state, and the state adjective that `mentions` reads ("the Syrian government and the armed
opposition") is not there. The pair stands for the state the article is about and its opposition: of the states the
article names that have an opposition the lexicon knows as a group ("Syrian opposition", "Venezuelan opposition"),
the one it names most. Events only (a speaker is read by `mentions`). Part of `assemble.extract_article`.
"""
from __future__ import annotations

import re
from collections import Counter

from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.mentions import Roster, _opposition_of
from tracker.extract.prefilter import gated

#: "government and opposition members", "the opposition and government delegations", "government and opposition
#: representatives", "the Syrian government and opposition delegations" (a state named right before the pair is its own)
PAIR = gated(re.compile(r"\b(?:government|regime)\s+and\s+(?:the\s+)?opposition\b|\bopposition\s+and\s+(?:the\s+)?(?:government|regime)\b"))
#: The pair kept from meeting is no party of the meeting: "disagreement prevented government and opposition
#: negotiators from meeting"
_KEPT_FROM = re.compile(r"\b(?:prevent\w*|kept|keeps?|keeping|barr?\w*|stopp?\w*)\s+(?:the\s+)?(?:government|regime|opposition)\b"
                        r"[^.;]{0,60}?\bfrom\s+(?:meeting|attending|taking\s+part|sitting)\b")


def _pair_state(text: str, roster: Roster) -> str | None | bool:
    """False when `text` names no government-and-opposition pair as parties; else the state named right before the
    pair ("the Syrian government and opposition"), or None when the pair does not say whose it is."""
    m = PAIR.search(text)
    if m is None or _KEPT_FROM.search(text):
        return False
    told = [x.key for x in roster.lexicon.scan(text[max(0, m.start() - 30):m.start()]) if x.role in ("actor", "adjective")
            and roster.entry(x.key) is not None and roster.entry(x.key).kind == "state"
            and not text[max(0, m.start() - 30) + x.end:m.start()].strip(" ’'s")]
    return told[-1] if told and _opposition_of(told[-1], roster) else None


def government_and_opposition(events: list[Candidate], texts: list[str], roster: Roster) -> None:
    """Give each event whose sentence names a government-and-opposition pair the state and its opposition."""
    told = [(c, states) for c in events if c.event_type not in SPEECH_TYPES
            and (states := [s for e in c.evidence if (s := _pair_state(e, roster)) is not False])]
    if not told:
        return
    counts = Counter(m.key for t in texts for m in roster.lexicon.scan(t) if m.role in ("actor", "adjective")
                     and roster.entry(m.key) is not None and roster.entry(m.key).kind == "state")
    most = next((k for k, _ in counts.most_common() if _opposition_of(k, roster)), None)
    for c, states in told:
        state = states[0] or most
        if state is None:
            continue
        for key in (state, _opposition_of(state, roster)):
            c.actors.setdefault(key, "participant")
