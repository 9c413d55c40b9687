"""Two states' own talks the gazetteer lacks, named from the text as the guideline names them (round 1295).

A story that names no known process and fits no cue line takes a candidate process named from the text only when the
text spells it with a hyphen ("Greece-Turkey exploratory talks", `processes.named_process`). Wire copy tells two
states' standing talks in other words: "Sudan and Ethiopia start border talks", "India, Pakistan resume talks" (a
headline's comma for "and"), "resumed their composite dialogue", "the sixth round of the strategic dialogue between the
two countries". Those stories gave no process, where the issue asks for a candidate named from the text rather than
none or a wrong known one. `paired_talks` names it as the guideline names two states' talks: the two states' names
joined by a hyphen (the United States as "US"), in alphabetical order (round 1331, `pair_names`), then the talks' own
words ("border talks", "composite dialogue"). Only words that tell a series are read: talks that start, begin, resume
or are launched, and a numbered round or session of them; "X and Y held talks" is a meeting, not a process. When the two
states hold a process of their own (`partyprocess.pair_process`) it is that one.
"""
from __future__ import annotations

import re
from collections import Counter

from tracker.extract.lexicon import Lexicon
from tracker.extract.pair_names import pair_candidate
from tracker.extract.paired_stories import state_counts
from tracker.extract.partyprocess import pair_process
from tracker.extract.prefilter import gated
from tracker.extract.processes import _state_entry  # a state by the whole of a name or adjective

_STATE = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
_NOUN = r"(?P<kind>(?:(?!the\b|a\b|an\b|their\b|its\b|new\b|more\b|further\b|and\b|of\b|on\b|in\b|with\b|to\b)[a-z]+\s+){0,2}?)" \
        r"(?P<noun>talks|dialogue|negotiations|consultations)\b"

#: "Sudan and Ethiopia start border talks", "India, Pakistan resume talks", "India and Pakistan on Tuesday resumed their
#: composite dialogue": two states that start, resume or launch talks (words of a series, not of one meeting)
_STARTED = gated(re.compile(
    rf"\b(?P<a>{_STATE})(?:,|\s+and)\s+(?:the\s+)?(?P<b>{_STATE})\s+(?:(?:on|this|last)\s+[A-Z]?[a-z]+\s+)?"
    r"(?:(?:have|has|will|to|agreed\s+to|are\s+to|plan\s+to)\s+)?"
    r"(?:start(?:s|ed)?|begin(?:s)?|began|resume[sd]?|launch(?:es|ed)?|restart(?:s|ed)?)\s+"
    rf"(?:their\s+|the\s+)?{_NOUN}"))

#: "the sixth round of the strategic dialogue between the two countries": a numbered round of two states' talks
_ROUND_OF = gated(re.compile(
    r"\b(?:round|session)\s+of\s+(?:the\s+)?" + _NOUN +
    rf"\s+between\s+(?:(?P<two>the\s+two\s+(?:countries|nations|states|governments))|(?P<a>{_STATE})\s+and\s+(?:the\s+)?(?P<b>{_STATE}))\b"))


def paired_talks(text: str, lexicon: Lexicon) -> str | None:
    """The key of the two states' talks `text` tells as a series ("X and Y resume talks"), if any: their own process
    when they hold one, else a candidate process named from the text."""
    found: list[tuple[tuple[str, str], str]] = []
    top: list | None = None
    for pattern in (_STARTED, _ROUND_OF):
        for m in pattern.finditer(text):
            if m.groupdict().get("two"):
                if top is None:
                    top = [k for k, _ in state_counts(text, lexicon).most_common(2)]
                entries = [lexicon.entries[k] for k in top]
            else:
                entries = [_state_entry(m.group("a"), lexicon), _state_entry(m.group("b"), lexicon)]
            if len(entries) != 2 or not all(entries) or entries[0].key == entries[1].key:
                continue
            found.append(((entries[0].key, entries[1].key), f"{m.group('kind')}{m.group('noun')}"))
    if not found:
        return None
    pair = Counter(frozenset(p) for p, _ in found).most_common(1)[0][0]
    (a, b), words = next(((p, w) for p, w in found if frozenset(p) == pair and " " in w),
                         next((p, w) for p, w in found if frozenset(p) == pair))
    known = pair_process({a, b}, lexicon)
    if known is not None:
        return known
    return pair_candidate(a, b, words, lexicon)


__all__ = ["paired_talks"]
