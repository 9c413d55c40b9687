"""A leader of a community, a party or an armed movement is no head of state or government (round 1167).

The guideline makes a gathering a `summit` when heads of state or government meet (docs/extraction.md, "Types"), and
`assemble._read` counts as a head any official whose title is "president", "prime minister" … or "leader", so that
"North Korean leader X" is one. But the wire calls many others "leader": the leader of one people's community in a
divided state ("the Turkish Cypriot leader", "the Greek Cypriot leader": two peoples' adjectives in a row), of the
opposition ("opposition leader X", "X, leader of the main opposition party"), of a party, a rebel group or a movement.
Their meetings with a head, or with each other under a mediator, are meetings (or their process's sessions), not
summits; so the title "leader" that the article gives a person only in one of those shapes names no head.
"""
from __future__ import annotations

import re

from tracker.extract.lexicon import Lexicon

#: the words before "leader" that make it a party's or a movement's: "opposition leader", "rebel leader"
_GROUP_WORD = r"(?:opposition|rebel|rebels'|party|militia|community|separatist|insurgent|movement|guerrilla|tribal|union)"
#: "leader of the main opposition party", "leader of the rebel movement", "leader of the Turkish Cypriot community"
_LEADER_OF = (r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,1}?leader\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?"
              r"(?:opposition|party|movement|group|rebels?|front|community|communities|militia|alliance|coalition)\b")


def _whose(words: str, lexicon: Lexicon) -> str | None:
    """Whose leader the capitalised `words` before "leader" make him: "people" for two peoples' or states' names in a
    row ("Turkish Cypriot"), "group" for a party's or a movement's name, "state" for one state's ("North Korean")."""
    found = [m for m in lexicon.scan(words) if m.role in ("adjective", "actor")]
    kinds = ["state" if m.role == "adjective" or getattr(lexicon.entries.get(m.key), "kind", "state") == "state"
             else "group" for m in found]
    if len(found) == 2 and kinds == ["state", "state"] and found[0].key != found[1].key:
        return "people"
    if len(found) == 1:
        return kinds[0] if kinds[0] == "state" or getattr(lexicon.entries.get(found[0].key), "kind", "") in (
            "group", "party", "armed group", "movement") else None
    return None


def community_leader(name: str, texts: list[str], lexicon: Lexicon) -> bool:
    """Whether the `texts` call the person `name`, titled "leader", the leader of a community, a party or a movement
    and never a leader of a state ("North Korean leader X")."""
    surname = name.split()[-1] if name.split() else ""
    if len(surname) < 3:
        return False
    before = re.compile(r"(?P<pre>\b(?:[A-Z][\w'’-]+\s+){1,2}|\b" + _GROUP_WORD + r"\s+)leader\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                        r"(?:[A-Z][\w.'’-]*\s+){0,3}?" + re.escape(surname) + r"\b")
    after = re.compile(r"\b" + re.escape(surname) + _LEADER_OF, re.I)
    told = False
    for text in texts:
        if surname not in text:  # the literal gate before the patterns
            continue
        if after.search(text):
            told = True
        for m in before.finditer(text):
            pre = m.group("pre").strip()  # "Opposition leader X" at a sentence's start too
            whose = "group" if re.fullmatch(_GROUP_WORD, pre, re.I) else _whose(pre, lexicon)
            if whose == "state":
                return False  # "North Korean leader X": a leader of a state somewhere in the article
            told = told or whose is not None
    return told


__all__ = ["community_leader"]
