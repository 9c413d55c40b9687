"""Dated diplomatic acts of type `other` told by their own verbs (round 265).

The guideline's `other` is "a dated act that is none of" the named types: a format created, a deal ceasing to function,
family reunions, "a liaison office opened" (docs/extraction.md, "What counts as an event"). Two common ones had no
trigger: a diplomatic mission opened or dedicated ("Lapid dedicated the Israeli Embassy in Abu Dhabi on Tuesday",
"Iran will reopen its embassy in Riyadh on Sunday") and prisoners exchanged or released in a deal ("Russia and Ukraine
exchanged 90 prisoners of war on Sunday", "230 captives were released on Wednesday"). As every undated act, they are
kept only when dated (`undated_events.date_undated`).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_ADV = "{_ADV}"  # an adverb after a modal, filled in by `triggers` ("will also open")

#: A mission opened: "opened / inaugurated / dedicated / reopened the Israeli Embassy", "will open its consulate in Jeddah"
MISSION_OPENED = (r"\b(?:opened|inaugurated|dedicated|reopened|(?:will|to|would)\s+" + _ADV + r"(?:open|inaugurate|dedicate|reopen))\s+"
                  r"(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:[Ee]mbassy|[Cc]onsulate(?:\s+[Gg]eneral)?|"
                  r"liaison\s+office|representative\s+office|diplomatic\s+mission)\b")
#: Prisoners exchanged or released: "exchanged 90 prisoners of war", "swapped dozens of captives", "freed 13 detainees",
#: "230 captives were released"
_HELD_PEOPLE = r"(?:prisoners|captives|detainees|POWs|servicemen|prisoners\s+of\s+war)"
PRISONERS = (r"\b(?:(?:exchanged|swapped|freed|released|handed\s+over)\s+(?:(?:more\s+than|about|some|nearly|over|almost|a\s+total\s+of|"
             r"dozens\s+of|hundreds\s+of|\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+){0,4}?" + _HELD_PEOPLE + r"|"
             + _HELD_PEOPLE + r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|have\s+been|had\s+been)\s+(?:exchanged|swapped|freed|released|returned|"
             r"brought\s+back)(?=\s+(?:on|in|last|this|under|as|following|after)\b))")

#: The same act told by its noun, as the object of whoever brought it about (round 1262): "Qatar mediated the exchange
#: of 11 prisoners … on December 21", "the truce … that led to the release of more than 100 hostages", "the talks in
#: March successfully led to the release of nearly 900 prisoners in April". Only one act ("the exchange of", not "several
#: swaps of") and only after a verb of mediation or outcome: "the prisoner swap process" or "the release of X is a
#: priority" tell no act.
PRISONERS_TOLD = (r"\b(?:mediat(?:ed|ing)|brokered|brokering|facilitated|facilitating|secured|securing|led\s+to|leading\s+to|"
                  r"resulted\s+in|resulting\s+in|oversaw|completed|carried\s+out)\s+(?:\w+\s+){0,2}?the\s+"
                  r"(?:(?:latest|last|first|second|third|new|recent|largest|biggest)\s+)?(?:exchange|release|swap|handover)\s+of\s+"
                  r"(?:(?:more\s+than|about|some|nearly|over|almost|a\s+total\s+of|dozens\s+of|hundreds\s+of|\d[\d,]*|[a-z]+)\s+){0,4}?"
                  r"(?:" + _HELD_PEOPLE[3:-1] + r"|hostages)\b")

#: (event type, is a speech act, pattern), in the shape of `triggers.TRIGGERS`
ACTS = [("other", False, MISSION_OPENED), ("other", False, PRISONERS), ("other", False, PRISONERS_TOLD)]

_MISSION = re.compile(MISSION_OPENED.replace("{_ADV}", r"(?:\w+\s+)?"))
_OBJECT = re.compile(r"(?i)\b(?:embassy|consulate|liaison\s+office|representative\s+office|diplomatic\s+mission)\b")


def same_act(a: Candidate, b: Candidate) -> bool:
    """True for one mission opened told twice on the same day ("he dedicated the Israeli Embassy" and "Lapid officially
    dedicated the Israeli Embassy in Abu Dhabi on Tuesday"), though the pronoun left one without its actor."""
    if a.event_type != "other" or b.event_type != "other" or a.first is None or a.first != b.first or a.future != b.future:
        return False
    objects = [{o.lower() for e in c.evidence for m in _MISSION.finditer(e) for o in _OBJECT.findall(m.group())} for c in (a, b)]
    return bool(objects[0] & objects[1])


__all__ = ["ACTS", "MISSION_OPENED", "PRISONERS", "PRISONERS_TOLD", "same_act"]
