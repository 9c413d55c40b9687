"""One act read twice from one sentence is one event (round 1041).

"Kosovo and Serbia have agreed to adopt a road map …", "The talks, which began on December 24 and are scheduled to
continue …", "X said Sunday it has agreed to Y's proposal …": two triggers of one sentence (a verb and a noun, a noun
and its clause) can each give an event of the same type, day, actors, place and number, which the merge left apart
because neither was dated by the text. An article tells one act once in a sentence; the guideline records it once.
Speech is left alone (two speakers of one sentence are two statements, "X announced …, while Y said …"), and two
events that differ in anything the labels score stay two ("the first round in August and the second in September").
"""
from __future__ import annotations

from tracker.extract.candidate import SPEECH_TYPES, Candidate


def _key(c: Candidate) -> tuple:
    """What the labels score of an event, with its sentence: two events equal in all of it are one."""
    return (c.event_type, (c.evidence or [""])[0], c.first, c.last, c.precision, frozenset(c.actors), c.round_number,
            c.venue, c.process, c.halted, c.future)


def drop_twice_told(events: list[Candidate]) -> list[Candidate]:
    """`events` without the second of two non-speech events read from one sentence and equal in all that is scored."""
    seen: set[tuple] = set()
    kept: list[Candidate] = []
    for c in events:
        if c.event_type in SPEECH_TYPES or not c.evidence:  # one event a speaker
            kept.append(c)
            continue
        key = _key(c)
        if key in seen:
            continue
        seen.add(key)
        kept.append(c)
    return kept
