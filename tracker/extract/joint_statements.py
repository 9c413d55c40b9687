"""The authors of a joint statement named with it (round 631): "read out the joint Chilean, Peruvian and Bolivian
statement", "In a joint U.S.-Saudi statement, the mediators said …", "the joint communique of Chile and Peru said …".
News English names a joint text's signatories in the noun phrase itself, before the noun as adjectives or after it with
"of / by / from"; they are the speakers of the words the sentence reports (the guideline: "A joint statement … is an
announcement by its readers and signatories"), whoever reads it out. Read by `context_actors._context_actors`."""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated

_TEXT = r"(?:statement|declaration|communiqu[eé]|press\s+release)"
_WORD = r"[A-Z][\w.'’-]*"
#: A list of capitalised names or adjectives: "Russian, Turkish and Iranian", "U.S.-Saudi", "Russia, Turkey, and Iran"
_LIST = rf"{_WORD}(?:\s+{_WORD})*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_WORD}(?:\s+{_WORD})*)*"
JOINT = gated(re.compile(
    rf"\bjoint\s+(?P<pre>{_LIST})\s+{_TEXT}\b"
    rf"|\bjoint\s+{_TEXT}\s+(?:(?:issued|signed|released|adopted|agreed)\s+)?(?:of|by|from)\s+(?:the\s+)?"
    rf"(?:(?:foreign\s+|defen[cs]e\s+)?(?:ministers|leaders|presidents|governments|delegations)\s+of\s+(?:the\s+)?)?(?P<post>{_LIST})"))


def _scan(phrase: str, roster: Roster) -> list:
    """The lexicon's mentions in `phrase`, a compound read part by part when it is not known whole ("Bolivian-Chilean",
    "Russian-Turkish": the lexicon reads whole words, and "Guinea-Bissau" stays one)."""
    found = list(roster.lexicon.scan(phrase))  # a copy: the lexicon's cached list is every later reader's
    for w in re.finditer(r"\S*\w-[A-Z]\S*", phrase):
        if not any(x.start < w.end() and w.start() < x.end for x in found):
            found += roster.lexicon.scan(w.group().replace("-", " "))
    return found


def joint_authors(text: str, roster: Roster) -> list[str]:
    """The states, organisations and groups a joint statement in `text` names as its authors, in order; none unless two
    or more are named (one name is a party to it, not its authors: "a joint statement with Peru")."""
    out: list[str] = []
    for m in JOINT.finditer(text):
        phrase = m.group("pre") or m.group("post")
        for x in _scan(phrase, roster):
            entry = roster.entry(x.key)
            if x.role in ("actor", "adjective") and entry is not None and entry.kind in ("state", "organisation", "group") \
                    and x.key not in out:
                out.append(x.key)
    return out if len(out) >= 2 else []


__all__ = ["JOINT", "joint_authors"]
