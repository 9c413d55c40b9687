"""Talks named by their two sides joined with a hyphen: "the seventh round of US-Taliban talks ended" (round 730).

News English names a negotiation by its parties as one compound before the talks noun: "US-Taliban talks", "Hamas-Fatah
reconciliation talks", "the Belgrade-Pristina dialogue", "Syrian-Israeli negotiations". When that phrase is the subject
of the event's verb ("… talks resumed", "the seventh round of … talks ended") or its object ("held a new round of …
talks"), the two sides take part, whatever the process: the parties were read only from a process the text named after
two states, so a known process ("Doha talks") or a side that is no state (the Taliban, Hamas) left the round without
actors. A side named by its capital ("Belgrade-Pristina") is its state, as the capitals name governments in diplomatic
copy. Both sides must be known actors; "the EU-facilitated dialogue", "Kenya-led talks" name a broker, not a side.
"""
from __future__ import annotations

import re

from tracker.extract.lexicon import Lexicon
from tracker.extract.prefilter import gated

_SIDE = r"[A-Z][\w.'’]*(?:\s[A-Z][\w'’]+)?"
#: "<A>-<B> [up to two lowercase words] talks": "US-Taliban talks", "Hamas-Fatah reconciliation talks"
_PAIR_TALKS = gated(re.compile(rf"\b(?P<a>{_SIDE})[-–](?P<b>{_SIDE})\s+(?:[a-z]+\s+){{0,2}}?"
                               r"(?i:talks|negotiations|dialogue|consultations|peace\s+process)\b"))
#: Between the pair's noun and the verb that follows it: no clause break ("US-Taliban talks on peace … went off")
_TO_VERB = re.compile(r"[^,;:.⟦⟧]{0,45}")
#: Before a subject pair: the opening of its clause, with a determiner and "round of" ("The seventh round of", "and the")
_OPENS = re.compile(r"(?i)(?:^|[,;:–—-]\s*|\b(?:and|but|as|while|when|after|that|said|says|announced|confirmed)\s+)(?:(?:the|an?|their|its)\s+)?"
                    r"(?:(?!(?:of|on|before|after|ahead|during|at|in|for|about|over|since|until|to|with|from)\b)[\w-]+\s+){0,2}?"
                    r"(?:(?:round|session|phase)s?\s+of\s+(?:the\s+)?)?$")
#: Between a verb and the pair after it: only a determiner phrase ("held a new round of", "resumed their")
_FROM_VERB = re.compile(r"(?i)\s*(?:(?:the|a|an|their|its|new|next|latest|another|fresh|direct|indirect|formal|first|second|third|"
                        r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)*"
                        r"(?:(?:round|session|phase|meeting)s?\s+of\s+(?:the\s+)?)?")
_KINDS = ("state", "organisation", "group")
_ROLES = ("actor", "adjective", "capital")


def _side(name: str, lexicon: Lexicon) -> str | None:
    """The one known state, body or group a side of the pair names, if one."""
    keys = {m.key for m in lexicon.scan(name) if m.role in _ROLES
            and (entry := lexicon.entries.get(m.key)) is not None and entry.kind in _KINDS}
    return keys.pop() if len(keys) == 1 else None


def paired_sides(text: str, start: int, end: int, lexicon: Lexicon) -> list[str]:
    """The two sides of "<A>-<B> talks" told as the subject or object of the verb at `start`..`end`, else none (a round
    mention passes its start as both: "the 7th Round of U.S.-Taliban Talks")."""
    if "-" not in text and "–" not in text:
        return []
    for m in _PAIR_TALKS.finditer(text):
        subject = m.end() <= start and _TO_VERB.fullmatch(text, m.end(), start) \
            and _OPENS.search(text, max(0, m.start() - 60), m.start())
        obj = m.start() >= end and _FROM_VERB.fullmatch(text, end, m.start())
        if not (subject or obj):
            continue
        sides = [_side(m.group("a"), lexicon), _side(m.group("b"), lexicon)]
        if None not in sides and sides[0] != sides[1]:
            return [k for k in sides if k]
    return []


__all__ = ["paired_sides"]
