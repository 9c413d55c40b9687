"""A meeting with heads of state named as a group after its verb is a summit (docs/extraction.md, "Types": `summit`
when heads of state or government meet; round 268).

"Putin hosted the leaders of Armenia and Azerbaijan for talks in Moscow", "X received the presidents of Kenya and
Uganda", "Macron met the heads of state of the Sahel countries": the leaders are named by their office, as a group,
after the verb, so neither the title of each person (`assemble._HEAD_TITLE`) nor a leaders' subject before the verb
(`clauses._LEADERS_MEET`, `clauses._LEADERS_HELD`) says it. Only a meeting is changed; a numbered round stays a round.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.clauses import _LEADERS_HELD, SERVANTS
from tracker.extract.heads_parties import heads_gathering
from tracker.extract.leader_groups import leaders_group

_ONE_HEAD = r"(?:president|prime\s+minister|chancellor|king|emir|sultan|crown\s+prince)"
_GATE = ("leaders", "president", "heads", "prime minister", "king", "emir", "sultan", "chancellor", "crown prince")
_LEADERS_AFTER = re.compile(r"\b(?:hosted|hosts|received|receives|welcomed|met|meets|(?:will|to|would)\s+(?:host|receive|meet)|"
                            r"held\s+(?:\w+\s+)?talks\s+with|met\s+with)\s+(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+)?"
                            r"(?:leaders|presidents|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\b"
                            # the gathering's noun with the heads after it (round 985): "the meeting between the presidents
                            # of X and Y", "talks among the leaders of …", "a summit of the heads of state of …"
                            r"|\b(?:meeting|meetings|talks|summit|consultations|negotiations|encounter)\s+(?:between|among|of)\s+"
                            r"(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+)?"
                            r"(?:leaders|presidents|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\b"
                            # or one head and another by their offices: "talks between the President of X and the Prime
                            # Minister of Y"
                            r"|\b(?:meeting|talks|summit|encounter)\s+between\s+(?:the\s+)?" + _ONE_HEAD + r"\s+of\s+[^.;:,]{1,40}?"
                            r"\band\s+(?:the\s+|his\s+|her\s+)?" + _ONE_HEAD + r"\b"
                            # a fronted gathering whose subject is the heads (round 1139): "During a meeting in Washington
                            # on August 8, the leaders of X, Y and Z signed …", "At their talks on Monday, the presidents of …"
                            r"|^\W*(?:during|at)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b[^.;:⟦]{0,80}?,\s+"
                            r"(?:the\s+)?(?:two\s+|three\s+|four\s+|five\s+)?"
                            r"(?:leaders|presidents|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s+of\b", re.I)


#: A gathering or a trip whose purpose is a summit: "gathered in Riyadh on Tuesday for their annual summit", "arrived in
#: Tehran for a summit with the leaders of Iran and Turkey" (round 648: the trip belongs to the summit, as a trip for
#: talks belongs to the talks); not "met to prepare for the summit", "talks ahead of the summit"
_FOR_A_SUMMIT = re.compile(r"\b(?:gathered|gather|gathers|met|meet|meets|convened|convene|assembled|came\s+together|arrived|arrives|"
                           r"arriving|flew|travell?ed|travell?ing|headed|heading)\b(?:(?!\bprepar|\bready\b|\bahead\b|\bbefore\b|\bafter\b)[^.;:⟦])"
                           r"{0,80}?\bfor\s+(?:a|an|the|their|its|this\s+"
                           r"year['’]s)\s+(?:[\w-]+\s+){0,3}?summit\b(?!\s+(?:of|on)\s+(?:foreign|defen[cs]e)\s+ministers)")


#: The chair of a collective presidency is a head of state (round 356): "Chairman of Sudan's Sovereign Council X",
#: "the head of Libya's Presidential Council, X", "Chairman of the Presidency of Bosnia and Herzegovina X"; the roster
#: keeps the title as "chairman" or "head", which names the chair of any committee as well, so the council is read here
COUNCIL_CHAIR = re.compile(r"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Hh]ead|[Pp]resident)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+|"
                           r"[A-Z][\w-]*\s+)?(?:Sovereign(?:ty)?|Presidential|Transitional\s+Sovereign)\s+Council\b|"
                           r"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair)\s+of\s+the\s+Presidency\b")


def council_heads(c: Candidate, titles: dict[str, str]) -> list[str]:
    """The actors of `c` titled chairman or head whose sentence names them the chair of a collective presidency."""
    if not c.evidence or ("Council" not in c.evidence[0] and "Presidency" not in c.evidence[0]) \
            or not COUNCIL_CHAIR.search(c.evidence[0]):
        return []
    return [k for k in c.actors if titles.get(k, "").lower() in ("chairman", "chairwoman", "chair", "head")]


#: Heads named in the sentence: the guideline's summit is a meeting of heads, and reporters call ministers' meetings
#: summits too ("the two foreign ministers met for a summit hosted by Beijing", dev 240), so the word alone is not enough
_HEADS = re.compile(r"\b(?:[Ll]eaders?|[Pp]residents?|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)|[Kk]ings?|[Ee]mirs?|"
                    r"[Pp]rime\s+[Mm]inisters?|[Cc]hancellors?|[Ss]ultans?)\b")
_HEAD_TITLES = ("president", "prime minister", "chancellor", "king", "emir", "sultan", "crown prince", "head of state", "leader")


def leaders_met(events: list[Candidate], titles: dict[str, str] | None = None) -> list[Candidate]:
    """Make a summit of each meeting whose sentence says the leaders of several states were hosted or met, of each
    meeting or trip whose sentence says it was for a summit (round 648), and of each gathering told by its heads as a
    group (round 1205), and of each meeting or session whose sentence names two heads by title as its parties
    (round 1280)."""
    for c in events:
        if c.event_type == "meeting" and c.evidence and any(w in c.evidence[0].lower() for w in _GATE) \
                and _LEADERS_AFTER.search(c.evidence[0]):
            c.event_type = "summit"
        elif c.event_type in ("meeting", "visit") and c.evidence and "summit" in c.evidence[0] \
                and _FOR_A_SUMMIT.search(c.evidence[0]) \
                and (_HEADS.search(c.evidence[0]) or any((titles or {}).get(k, "").lower() in _HEAD_TITLES for k in c.actors)):
            c.event_type = "summit"  # "gathered in Riyadh for their annual summit" (round 648)
        elif leaders_group(c):
            c.event_type = "summit"  # "the ASEAN Leaders' Meeting", "the Fourth Meeting of Heads of State" (round 1205)
        elif heads_gathering(c):
            c.event_type = "summit"  # "talks between President X and Prime Minister Y", "their fourth meeting" (round 1280)
    return events


def leaders_held(text: str) -> bool:
    """True when `text` says the leaders of several states held or will hold a gathering themselves (round 170), not
    those who serve them ("the envoys of the leaders of X and Y met": round 824)."""
    return any(not SERVANTS.search(text, max(0, m.start() - 40), m.start()) for m in _LEADERS_HELD.finditer(text))


__all__ = ["COUNCIL_CHAIR", "council_heads", "leaders_held", "leaders_met"]
