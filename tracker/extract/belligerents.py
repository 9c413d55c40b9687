"""The parties a war's "warring parties" stand for: the armed groups and armies the article names by their own names.

"Sudan's warring parties have resumed negotiations" in a story that names the Sudanese Armed Forces and the Rapid
Support Forces are those two (docs/extraction.md, "Actors": "the Sudanese army and the RSF, the Taliban, the Houthis
… are actors by their own names"), not the states the article names most (the mediators, often). With one such group
named, "Yemen's warring parties" are the state the phrase names and that group. Part of `context_actors`.
"""
from __future__ import annotations

import re
from collections import Counter

from tracker.extract.mentions import Roster, find_actors
from tracker.extract.prefilter import gated

#: "the warring parties", "Sudan's warring sides", "the two warring factions", "the belligerents"
WARRING = gated(re.compile(r"\b(?:(?P<owner>[A-Z][\w-]+)['’]s\s+|[Tt]he\s+)(?:two\s+)?(?:warring\s+(?:parties|sides|factions)|belligerents)\b"))
#: An army told by its own name is a party of a war as much as an armed group is ("Sudanese Armed Forces")
_ARMY = re.compile(r"\b(?:Armed\s+Forces|Army|Military)\b")


def _is_belligerent(roster: Roster, key: str) -> bool:
    entry = roster.entry(key)
    return entry is not None and (entry.kind == "group" or entry.kind == "organisation" and bool(_ARMY.search(entry.name)))


def warring_parties(text: str, texts: list[str], roster: Roster) -> list[str] | None:
    """The actors "the warring parties" in `text` stand for, read from the whole article (`texts`); None when `text`
    has no such phrase or the article names fewer than the two parties (then the caller's general rule decides)."""
    m = WARRING.search(text)
    if m is None:
        return None
    counts: Counter = Counter()
    for t in texts:
        counts.update(a.key for a in find_actors(t, roster) if not a.topic and _is_belligerent(roster, a.key))
    groups = [k for k, _ in counts.most_common()]
    if len(groups) >= 2:
        return groups[:2]
    if len(groups) == 1 and m.group("owner"):  # "Yemen's warring parties": Yemen and the one armed group named
        state = next((x.key for x in roster.lexicon.scan(m.group("owner")) if x.role in ("actor", "adjective")
                      and roster.entry(x.key) is not None and roster.entry(x.key).kind == "state"), None)
        if state:
            return [state, groups[0]]
    return None
