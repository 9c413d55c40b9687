"""An accord that a gathering told just before "resulted in" takes that gathering's days (round 691).

"The first round was held in Oslo on 3-4 May. The Oslo round resulted in a ceasefire agreement …": the second sentence
has the round as its subject and the accord as what it produced, with no date of its own; the guideline dates such an
accord by the round's days (docs/extraction.md, open question 1 of 540-559). It had none, so `undated_events.date_undated`
dropped it. The subject is a gathering's noun at the head of the sentence ("The talks", "The Doha round", "That
meeting"), the verb one of outcome ("resulted in", "culminated in", "led to": the accord triggers of `triggers`); the
gathering is the latest one the text dated in the same or the three paragraphs before, the one whose place the subject
names first ("The Doha round" is the round in Doha, not the later one in Istanbul). The accord was reached where that
gathering was held, so it takes its place too ("… a pledge to meet again in Turkey" placed it in the next round's).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: A gathering's noun heading the sentence, then a verb of outcome (not "will result in", "could lead to")
_OUTCOME = re.compile(r"^(?:(?:The|This|That|These|Those|Their|Its|Last\s+\w+['’]s)\s+)?(?P<head>(?:[\w'’-]+\s+){0,3}?)"
                      r"(?P<noun>summit|meeting|talks|round|negotiations|consultations|session|discussions)\s+"
                      r"(?:[\w'’,-]+\s+){0,6}?(?:(?:has|have|had)\s+)?(?:eventually\s+|finally\s+|ultimately\s+)?"
                      r"(?:resulted\s+in|culminated\s+in|led\s+to)\b")
_KIND = {"summit": ("summit",), "meeting": ("meeting", "talk_round", "summit"), "session": ("talk_round", "meeting")}
_GATHERINGS = ("talk_round", "meeting", "summit")


def outcome_source(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The dated gathering told before whose outcome the undated agreement `c` is, or None."""
    if c.event_type != "agreement" or c.first is not None or not c.evidence:
        return None
    if not any(w in c.evidence[0] for w in ("result", "culminat", "led to")):
        return None  # a cheap test first: most agreements are told otherwise
    m = _OUTCOME.match(c.evidence[0])
    if m is None:
        return None
    kinds = _KIND.get(m.group("noun").lower(), ("talk_round", "meeting"))
    told = [e for e in events if e.first is not None and e.order < c.order and 0 <= c.paragraph - e.paragraph <= 3
            and e.event_type in kinds and not e.future and e.dated_by == "text"]
    if not told:
        return None
    head = m.group("head")
    placed = [e for e in told if e.venue and e.venue[0] and e.venue[0] in head]  # "The Doha round": the one in Doha
    return max(placed or told, key=lambda e: e.order)


__all__ = ["outcome_source"]
