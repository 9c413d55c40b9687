"""Words that confirm a planned act, or fix the day a post is taken up, make it known (rounds 566, 569).

The guideline makes speech an `announcement` when it makes a future event known. "X also confirmed the trip on
Twitter" says nothing of the date in its own sentence, yet the trip it confirms is the visit to come that the article
reports; the words are then an announcement. A confirmed act that is not to come ("EAC confirmed the meeting" that is
being held today) leaves them a statement. Words that fix the day someone takes up a post ("would take over the
position … on November 1") make the start of a mandate known: an announcement too.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.prefilter import fast_start

#: "confirmed the trip", "confirmed his visit", "confirmed the upcoming talks": the noun names the act confirmed
_CONFIRMED = re.compile(r"\bconfirm(?:ed|s)\s+(?:the|his|her|their|its)\s+(?:(?:upcoming|planned|forthcoming|coming|"
                        r"official|state|working)\s+)?(?P<noun>trip|visit|meeting|talks|summit)\b")
#: A post to be taken up on a day the words fix: "X said Y would take over the position … on November 1" makes the start
#: of a mandate known (round 569)
_TAKES_UP = fast_start(re.compile(r"\b(?:will|would)\s+(?:be\s+set\s+to\s+|be\s+due\s+to\s+)?(?:take\s+(?:over|up)|assume)\s+(?:the|his|her|"
                       r"this|that)\s+(?:[\w-]+\s+){0,2}?(?:post|position|job|duties|role|mandate)\b[^.;⟦]{0,80}?\b(?:on|from)\s+"
                       r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October|\d{1,2}\s+[A-Z])"))
#: The event types each noun may name
_TYPES = {"trip": ("visit",), "visit": ("visit",), "meeting": ("meeting", "talk_round", "summit"),
          "talks": ("talk_round", "meeting", "summit"), "summit": ("summit",)}


def _after(c: Candidate, speech: Candidate, anchor: dt.date | None) -> bool:
    day = speech.first or anchor
    return c.first is None or day is None or c.first > day


def confirmed_plans(candidates: list[Candidate], anchor: dt.date | None) -> None:
    """Make an announcement of each statement that fixes the day a post is taken up, or confirms an act the article
    reports as still to come (after the
    words, or after the publication day when they have none: a meeting once planned for a day now past is no plan)."""
    for c in candidates:
        if c.event_type == "statement" and c.speaker and any("take" in e or "assume" in e for e in c.evidence) \
                and any(_TAKES_UP.search(e) for e in c.evidence):
            c.event_type = "announcement"
    coming = [c for c in candidates if c.future and c.event_type not in SPEECH_TYPES]
    if not coming:
        return
    for c in candidates:
        if c.event_type != "statement" or not c.speaker:
            continue
        nouns = [m.group("noun") for e in c.evidence if "confirm" in e for m in _CONFIRMED.finditer(e)]
        if any(p.event_type in _TYPES[noun] and _after(p, c, anchor) for noun in nouns for p in coming):
            c.event_type = "announcement"


__all__ = ["confirmed_plans"]
