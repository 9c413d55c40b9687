"""A story that names no process, told throughout by two states that hold a process of their own (round 1265).

An article that names no process takes the first cue line of `gazetteer.PROCESS_CUES` that fits it, or none. A cue
line fits through words a story may name in passing: a story of Washington's talks with Caracas names "the
opposition" once and took the Venezuelan government-opposition negotiations; a story of Eritrea's quarrel with
Ethiopia names the African Union once and took the AU-led Ethiopia process; a story of two states' envoys that fits
no line took none. When the story's two most named states are both named throughout (the second at least three times
and at least half as often as the first) and hold exactly one process of their own (`partyprocess.pair_process`: a
two-party process or a party process of just those two), that process is the story's, unless the cued line fits
strongly (its least-named cue named three times or more, the measure of round 430) or its process already holds both
states (a Russia-Ukraine prisoner swap story keeps its line).
"""
from __future__ import annotations

from collections import Counter

from tracker.extract.lexicon import Lexicon
from tracker.extract.partyprocess import pair_process
from tracker.extract.processes import story_cue
from tracker.extract.talk_sides import _STATE_ROLES  # a state by its name, adjective or capital

#: A cue line whose least-named cue the story names this often or more is the story's, whatever its states
_STRONG_CUE = 3

#: The second state must be named at least this often to be a party the story is told by, not a passing name
_THROUGHOUT = 3

def state_counts(text: str, lexicon: Lexicon) -> Counter:
    """How often `text` names each state (by name, adjective or capital)."""
    counts: Counter = Counter()
    for m in lexicon.scan(text):
        entry = lexicon.entries.get(m.key) if m.role in _STATE_ROLES else None
        if entry is not None and entry.kind == "state":
            counts[m.key] += 1
    return counts


def paired_story(text: str, lexicon: Lexicon) -> str | None:
    """The process of a whole story that names none: its cued one (`processes.story_cue`), or the own process of the
    two states the story is told by when the cue is weak or missing."""
    cued, named, _ = story_cue(text, lexicon)
    if cued is not None and named >= _STRONG_CUE:
        return cued
    top = state_counts(text, lexicon).most_common(2)
    if len(top) < 2 or top[1][1] < _THROUGHOUT or 2 * top[1][1] < top[0][1]:
        return cued
    two = {top[0][0], top[1][0]}
    own = set(lexicon.members.get(cued or "", [])) | set(lexicon.subjects.get(cued or "", []))
    if two <= own:
        return cued
    return pair_process(two, lexicon) or cued


__all__ = ["paired_story", "state_counts"]
