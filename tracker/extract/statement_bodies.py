"""A body that speaks "in a statement" under a name the actor readers do not make (round 1196).

"X said in a statement" is how wires quote an institution, and the words tell that X is one even when its name is not
in the gazetteer and no reader makes it: an armed group named with its acronym in brackets ("the Southern Coastal
Defence Army (SCDA) said in a statement": the same name without the brackets is read), an assembly with "People's" in
its name, a bare acronym ("the KNPP said in a statement"), a line ministry after the verb ("said the Chilean Ministry of
Mining in a statement", which speaks with its state). Without a speaker the sentence made no statement. The name is read only next to the
speech verb of the "in a statement" cue, only when no other reader found a speaker, and never as a person: a title
word or a known actor's name is left to the readers that know them.
"""
from __future__ import annotations

import re

from tracker.extract.lexicon import Entry
from tracker.extract.mentions import ActorMention, Roster
from tracker.extract.personnames import body_of
from tracker.extract.triggers import Trigger
from tracker.resolve import slug

#: The cue right after the verb: "said in a statement", "said in a joint statement on Sunday", "announced in its communiqué"
_CUE = re.compile(r"\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)\b")
#: A name word: a capitalised word (with a possessive inside the name, "People's") or an acronym; "of", "and", "for"
#: and "the" join words inside it ("Ministry of Water Resources and Irrigation")
_WORD = r"(?:[A-Z][\w’'-]*(?:['’]s)?)"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|and|for|the|on)\s+)*{_WORD}){{0,7}}"
#: The name just before the verb, after "the" or at the start of a clause, with its acronym in brackets
_BEFORE = re.compile(rf"(?:^|[,;:⟦\]]\s*|\s)(?:[Tt]he\s+)?(?P<name>{_NAME})(?:\s+\((?P<acronym>[A-Z][A-Za-z-]{{1,10}})\))?\s*,?\s+(?:also\s+)?$")
#: The name just after the verb, before the cue: "said the Egyptian Ministry of Irrigation in a statement"
_AFTER = re.compile(rf"\s+the\s+(?P<name>{_NAME})(?=\s+in\s+(?:a|an|its|their)\s)")
#: Words that open a person's title or a sentence, not a body's name
_NOT_BODY = re.compile(r"^(?:The|A|An|In|On|At|But|And|However|Meanwhile|President|Prime|Minister|Foreign|Mr|Mrs|Ms|Dr|"
                       r"Secretary|Spokes\w+|Ambassador|General|Deputy|Chief|Head|Leader|Envoy|Special|Senator|King|Queen|Prince|"
                       r"Sheikh|Emir|Chairman|Chairwoman|Director|Commander|Colonel|Lt|Gen|Gov|Governor|Mayor|Pope|Cardinal)\b")


def body_speaker(trigger: Trigger, text: str, roster: Roster) -> ActorMention | None:
    """The body that speaks with `trigger` "in a statement", added to the roster, or None (see the module docstring)."""
    if trigger.event_type not in ("statement", "announcement") or not trigger.text.islower() \
            or not _CUE.match(text, trigger.end) and not _CUE.match(text, _after_end(text, trigger.end)):
        return None
    found = _BEFORE.search(text, max(0, trigger.start - 120), trigger.start)
    start = found.start("name") if found else -1
    if found is None:
        found = _AFTER.match(text, trigger.end)
        start = found.start("name") if found else -1
    if found is None:
        return None
    name = found.group("name")
    words = name.split()
    if _NOT_BODY.match(name) or (len(words) == 1 and not name.isupper()) or len(words) == 1 and len(name) < 3:
        return None  # a title or a sentence's opening word; one word is a body only as an acronym ("FPNCC")
    if any(m.role == "actor" for m in roster.lexicon.scan(name)):
        return None  # a known actor's name: its own readers decide (a person, a ministry they make)
    states = [m.key for m in roster.lexicon.scan(name) if m.role in ("adjective", "capital", "state")
              and (roster.entry(m.key) or Entry("", "", "")).kind == "state"]
    state = roster.entry(states[0]) if len(states) == 1 else None  # "the Egyptian Ministry of Irrigation": Egypt's organ
    key = roster.add(Entry(f"new:{slug(name)}", name, *body_of(state, states[0] if state else None)))
    return ActorMention(start, start + len(name), key, name)


def _after_end(text: str, end: int) -> int:
    """Where the name after the verb ends ("said the X in a statement"), so the cue is read after it."""
    m = _AFTER.match(text, end)
    return m.end("name") if m else end


__all__ = ["body_speaker"]
