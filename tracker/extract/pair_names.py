"""The name of two states' own talks the gazetteer lacks, in the guideline's one form (round 1331).

The guideline (thirtieth stop, decision 1) names a process the gazetteer does not know between two states by the two
states' short English names (the United States as "US") in alphabetical order, joined by a hyphen, then the text's own
words for the talks, lowered: "Peru and Ecuador resumed their border talks" is a round of the "Ecuador-Peru border
talks", whatever order the text writes the states in. Copies of the same talks write the states either way, and only
one fixed order gives a process one name across the corpus. Two rules made such a candidate in other orders: round
1295's `paired_talks` in the text's order, round 661's `sides_process` in the text's order with the US last. Both name
their candidate here, so the order is decided in one place.
"""
from __future__ import annotations

import unicodedata

from tracker.extract.lexicon import Entry, Lexicon
from tracker.resolve import slug

#: Short names the guideline gives states in the names of processes ("China-US consultations")
_SHORT = {"United States": "US"}


def short_name(state: str, lexicon: Lexicon) -> str:
    """The name a state takes in a process's name: its display name, the United States as "US"."""
    name = lexicon.entries[state].name
    return _SHORT.get(name, name)


def _order(name: str) -> str:
    """The key names are sorted by: letters without their accents, case ignored ("Türkiye" among the T's)."""
    bare = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).casefold()


def pair_candidate(first: str, second: str, words: str, lexicon: Lexicon) -> str:
    """The key of the candidate process "<A>-<B> <words>" of states `first` and `second` (A before B in alphabetical
    order, whatever order the text gives), registered in `lexicon` with the two states as its members; `words` are the
    text's words for the talks, lowered ("border talks")."""
    pair = sorted((first, second), key=lambda k: _order(short_name(k, lexicon)))
    name = f"{'-'.join(short_name(k, lexicon) for k in pair)} {words}"
    key = f"process:new:{slug(name)}"
    lexicon.processes.setdefault(key, Entry(key, name, "process"))
    lexicon.members.setdefault(key, pair)
    return key


__all__ = ["pair_candidate", "short_name"]
