"""A call or meeting that ranges over several processes belongs to none of them (round 234).

The annotation guideline: "a call ranging over several processes, none named as its subject, has `null`". A readout's
"discussed the Iran nuclear talks, the Normandy format and the settlement in Syria" took the first process it named,
and "discussed Syria, Libya and the grain deal" the one it named, or the story's. `ranges_over` reads what the sentence
says was discussed: the processes it names, and the states it names that are the whole subject of a process (Syria,
Libya, not a state whose process it also names); two or more of them and the event has no process.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Lexicon
from tracker.extract.prefilter import fast_start

#: What was discussed: the list that follows one of these verbs
_DISCUSSED = fast_start(re.compile(r"\b(?:discuss(?:ed|es|ing)?|exchanged\s+(?:views|opinions)\s+(?:on|about)|talked\s+about|"
                        r"reviewed|touched\s+(?:up)?on|focused\s+on|(?:the\s+)?agenda\s+(?:included|covered))\b", re.I))

_TYPES = ("call", "meeting")


def _state_subjects(lexicon: Lexicon) -> dict[str, set[str]]:
    """{state key: the processes whose subject is that state alone}."""
    cached = getattr(lexicon, "_state_subjects", None)
    if cached is None:
        cached = {}
        for key, states in lexicon.subjects.items():
            if len(states) == 1:
                cached.setdefault(states[0], set()).add(key)
        lexicon._state_subjects = cached
    return cached


def ranges_over(c: Candidate, lexicon: Lexicon) -> bool:
    """Whether the event's sentence gives several processes (or the states they are about) as what was discussed."""
    if c.event_type not in _TYPES or not c.evidence:
        return False
    m = _DISCUSSED.search(c.evidence[0])
    if m is None:
        return False
    found = lexicon.scan(c.evidence[0][m.end():])
    named = {x.key for x in found if x.role == "process"}
    covered = {s for k in named for s in lexicon.subjects.get(k, [])}
    by_state = _state_subjects(lexicon)
    states = {x.key for x in found if x.role in ("actor", "adjective") and x.key in by_state and x.key not in covered}
    return len(named) + len(states) >= 2


__all__ = ["ranges_over"]
