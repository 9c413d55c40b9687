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

from tracker.resolve import fold
from tracker.extract.prefilter import fast_start

#: "the Trump administration", "Yoon's administration", "the Netanyahu government", "the Obama era", "the Abe cabinet"
_OWNED = re.compile(r"^(?:['’]s)?\s+(?:administration|government|presidency|era|cabinet)\b")
#: "President Doe's Deputy Chief of Staff X", "Doe aide X": the owner of an aide's
#: title, not its holder (round 400)
_OFFICE = re.compile(r"^(?:['’]s)?\s+(?:(?:[Dd]eputy|[Ss]enior|[Ss]pecial|[Tt]op|[Cc]hief|[Pp]ress|[Ff]oreign\s+[Pp]olicy)\s+){0,2}"
                     r"(?:[Cc]hief\s+of\s+[Ss]taff|[Ss]pokes(?:man|woman|person)|[Aa]ide|[Aa]dvis[eo]r|[Ee]nvoy|[Ss]ecretary|"
                     r"[Rr]epresentative|[Ss]pokesperson)\b")

#: "under President Jane Doe", "under then Prime Minister X": a government's time (round 369)
_UNDER = fast_start(re.compile(r"\bunder\s+(?:(?:then|former|then-|[A-Z][\w.'’-]*)\s*){0,2}(?:President|Prime\s+Minister|Premier|Chancellor|King|"
                    r"Emir|Sultan)\s+(?:[A-Z][\w.'’-]*\s*){1,4}$"))


def _aide(text: str, a, roster, found: list) -> tuple[int, int, str | None] | None:
    """(start of the owner's "'s", end, the aide's key) when the official `a` owns an aide's title told after the name."""
    cut = re.search(r"(?P<who>[\w-]+)['’]s(?=\s|$)", a.text)
    owner = cut.group("who") if cut else (a.text.split() or [""])[-1]
    if fold(owner) != fold(roster.name(a.key).split()[-1]):
        return None  # "Jane Doe, ASEAN's special envoy", "X, the Russian president's envoy": the owner is not she
    at = a.start + cut.end("who") if cut else a.end
    office = _OFFICE.match(text[at:]) if cut or text[a.end:a.end + 1] in "'’" else None
    if office is None:
        return None
    end = at + office.end()
    name = re.match(r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b", text[end:])
    start = end + name.start("name") if name else end
    if name is None or any(b.start <= start < b.end for b in found if b is not a):
        return at, end, None  # the aide read apart ("Putin's aide Yuri Doe": Doe has a mention of his own)
    title = office.group().strip(" '’s").lower()
    return start, start + len(name.group("name")), roster.person(name.group("name"), title, roster.state_of(a.key))


def as_their_state(text: str, found: list, roster) -> None:
    """Replace, in `found`, each official named as the owner of a government by their state (dropped if none); the owner
    of an aide's title the same way, the aide named in the owner's span kept (round 400)."""
    out = []
    for a in found:
        entry = roster.entry(a.key)
        aide = _aide(text, a, roster, found) if entry is not None and entry.kind == "official" else None
        if aide is not None and aide[2] is not None and not any(b.key == aide[2] for b in found):
            out.append(dataclasses.replace(a, start=aide[0], end=aide[1], key=aide[2], text=text[aide[0]:aide[1]]))
        if entry is not None and entry.kind == "official" and (_OWNED.match(text[a.end:]) or aide is not None
                                                               or _UNDER.search(text[max(0, a.start - 60):a.end])):
            state = roster.state_of(a.key)
            if state is None or state == a.key or any(b.key == state for b in found):
                continue
            a = dataclasses.replace(a, key=state)
        out.append(a)
    found[:] = sorted(out, key=lambda x: x.start)
