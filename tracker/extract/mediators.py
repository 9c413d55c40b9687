""""The mediators" resolved to the mediators the article names: "Qatar, Egypt and the United States, the mediators of
the Gaza talks, … The mediators said on Tuesday …", "talks mediated by Norway and Mexico … The two mediators will meet
…" (docs/extraction.md, "Actors": group phrases are resolved to the members the article names, else none). The
mediators are those a sentence lists ("X, Y and Z, mediators of …", "mediators X and Y", "mediated by X and Y"), else
those an event of the article holds as mediators ("X-mediated"). Part of `context_actors`.
"""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster, find_actors
from tracker.extract.prefilter import fast_start

#: "the mediators", "the two mediators", "the three mediating countries" as a group of actors
MEDIATORS = fast_start(re.compile(r"\b[Tt]he\s+(?:(?P<n>two|three|four)\s+)?(?:mediators|mediating\s+(?:countries|states|parties|sides))\b"))
_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_LIST = rf"{_NAME}(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+){_NAME}){{1,3}}"
#: A sentence that lists the mediators: "X, Y and Z, (the) mediators", "X and Y have mediated", "mediators X and Y",
#: "mediated by X and Y"
_LISTED = re.compile(rf"(?P<before>{_LIST})\s*,?\s+(?:the\s+|who\s+are\s+(?:the\s+)?|which\s+are\s+(?:the\s+)?)?"
                     rf"(?:mediators\b|(?:have|has|had)\s+(?:been\s+)?mediat|mediate[sd]?\b|are\s+mediating\b)"
                     rf"|\bmediators\s+(?P<after>{_LIST})|\bmediated\s+by\s+(?P<by>{_LIST})")
_NOT_SUBJECT = re.compile(r"\b(?:urged|urges|called\s+on|calls\s+on|invited|asked|told|to|from|by|for|thanked|praised)\s+$", re.I)
_COUNT = {"two": 2, "three": 3, "four": 4}
_KINDS = ("state", "organisation")


def named_mediators(texts: list[str], candidates: list, roster: Roster) -> list[str]:
    """The mediators the article names: those a sentence lists as the mediators, else those its events hold as
    mediators ("Egyptian and Qatari mediators" tells only part of them when another sentence lists all three)."""
    for text in texts:
        for m in _LISTED.finditer(text):
            part = m.group("before") or m.group("after") or m.group("by") or ""
            keys = [a.key for a in find_actors(part, roster) if roster.entry(a.key) is not None and roster.entry(a.key).kind in _KINDS]
            if len(keys) >= 2 or keys and m.group("by"):
                return list(dict.fromkeys(keys))
    return list(dict.fromkeys(k for c in candidates for k, role in c.actors.items() if role == "mediator"
                              and roster.entry(k) is not None and roster.entry(k).kind in _KINDS))


def mediators_for(text: str, texts: list[str], candidates: list, roster: Roster) -> list[str]:
    """The actors "the mediators" in `text` stand for, when it names them as a subject or party; else []."""
    m = MEDIATORS.search(text)
    if m is None or _NOT_SUBJECT.search(text[max(0, m.start() - 25):m.start()]):
        return []
    keys = named_mediators(texts, candidates, roster)
    n = _COUNT.get((m.group("n") or "").lower())
    return keys if keys and (n is None or n == len(keys)) else []
