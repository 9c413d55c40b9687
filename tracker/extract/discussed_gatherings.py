"""People of a gathering that an event only discusses are no parties of that event: "launched high-level talks on Monday
to discuss the date and venue for a third summit between President Jane Doe and leader John Roe", "discussed a ceasefire
and a potential meeting between President X and President Y". The two leaders are named as the topic; the talks are
between the delegations (docs/extraction.md, "Actors": the participants or the speaker, not people merely mentioned).
The states stay (they are mostly the talks' own parties), and so do the people of a sentence that tells no other gathering
before the phrase (it is that gathering: "a date is set for the meeting between X and Y") and of a planned gathering. Part of `assemble.extract_article`, round 402.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.resolve import fold
from tracker.extract.prefilter import fast_start

#: "to discuss (the date and venue for) a (third|potential) summit between <A and B>", "on a meeting between …", "discussed
#: a ceasefire, as well as a potential meeting between …"
_DISCUSSED = fast_start(re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|prepar(?:e|ed|es|ing)|arrang(?:e|ed|es|ing)|about|on|for|regarding|towards?|(?P<also>as\s+well\s+as|and))"
    r"\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:date|venue|time|timing|agenda|possibility|prospects?)\s+(?:and\s+(?:the\s+)?(?:date|venue|time|agenda)\s+)?(?:of|for)\s+"
    r"(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|visit)\s+between\s+(?P<pair>[^,.;:⟦]{3,90}?)"
    r"(?=\s*[,.;:⟦]|\s+(?:in|on|at|as|that|which|who|to|later|next|this|soon)\b|\s*$)"))

#: The event that discusses the gathering, told before it ("launched talks … to discuss a summit between …"); without one,
#: the phrase names the event itself ("a date is set for the meeting between X and Y")
_GATHERING = re.compile(r"\b(?:talks|negotiations|consultations|meeting|meetings|round|session|summit|conversation|call|met|meet)\b", re.I)


def drop_discussed(text: str, found: list[Candidate], roster) -> None:
    """Drop, from the events of a sentence held or said, the officials named only in a gathering the sentence discusses."""
    if "between" not in text:
        return
    pairs = [fold(m.group("pair")) for m in _DISCUSSED.finditer(text)  # "discussed a ceasefire, as well as a meeting …"
             if (not m.group("also") or re.search(r"\bdiscuss(?:ed|es|ing)?\b", text[:m.start()]))
             and _GATHERING.search(text, 0, m.start())]  # a gathering of their own told before, which discusses it
    if not pairs:
        return
    folded = fold(text)
    for c in found:
        if c.future and c.event_type in ("summit", "meeting", "visit"):
            continue  # the planned gathering itself: the two are its parties
        for key in list(c.actors):
            entry = roster.entry(key)
            surname = fold(entry.name).split()[-1] if entry is not None and entry.kind == "official" and entry.name else ""
            word = rf"\b{re.escape(surname)}\w{{0,2}}\b"  # "Zelenskyy" for the roster's "Zelensky"
            inside = sum(len(re.findall(word, p)) for p in pairs) if surname else 0
            if inside and inside == len(re.findall(word, folded)):
                del c.actors[key]  # named nowhere else in the sentence
