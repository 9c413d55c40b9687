"""A leader named as the owner of a government is that state, not a participant: "the 2015 deal, which the U.S. left
under the Trump administration", "the Biden administration supports the talks", "the North refuses to deal with Yoon's
administration". The person names the government's time or its owner; the actor is the state (docs/extraction.md,
"Actors": the participants or the speaker, not people merely mentioned). Round 369 adds a head of state or government
after "under" ("its first overture under President Jane Doe", "under then-Prime Minister X"): the time of their
government, not a party. Part of `mentions.find_actors`.
"""
from __future__ import annotations

import dataclasses
import re

#: "the Trump administration", "Yoon's administration", "the Netanyahu government", "the Obama era", "the Abe cabinet"
_OWNED = re.compile(r"^(?:['’]s)?\s+(?:administration|government|presidency|era|cabinet)\b")

#: "under President Jane Doe", "under then Prime Minister X": a government's time (round 369)
_UNDER = re.compile(r"\bunder\s+(?:(?:then|former|then-|[A-Z][\w.'’-]*)\s*){0,2}(?:President|Prime\s+Minister|Premier|Chancellor|King|"
                    r"Emir|Sultan)\s+(?:[A-Z][\w.'’-]*\s*){1,4}$")


def as_their_state(text: str, found: list, roster) -> None:
    """Replace, in `found`, each official named as the owner of a government by their state (dropped if none)."""
    out = []
    for a in found:
        entry = roster.entry(a.key)
        if entry is not None and entry.kind == "official" and (_OWNED.match(text[a.end:])
                                                               or _UNDER.search(text[max(0, a.start - 60):a.end])):
            state = roster.state_of(a.key)
            if state is None or state == a.key or any(b.key == state for b in found):
                continue
            a = dataclasses.replace(a, key=state)
        out.append(a)
    found[:] = out
