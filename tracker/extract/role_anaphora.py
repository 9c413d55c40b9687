"""An official named again by state and title: "Peruvian envoy Ana Soto met … The Peruvian envoy said …", "Wang Qun,
Chinese envoy to the UN in Vienna, said … The Chinese envoy said he expected …". The second sentence names the same
person by their title; read as an unnamed official it gave the state alone (docs/extraction.md, "Actors": actors
named in a neighbouring sentence are the participants or the speaker). The person is the one official of the article
so far with that title's head noun and that state. Round 403: "the UN chief", "the IAEA chief" is the one head of that
body the article has named (a secretary-general, director general, chief or chair), or its one official named with no
title. Round 498: the capitalised title owning a noun with no article ("Turkish Foreign Minister's visit") is read alike.
Round 611: "the top diplomat", "the chief diplomat" with no state is the one foreign minister (or secretary of state)
the article has named so far. Part of `mentions.find_actors`.
"""
from __future__ import annotations

import re
from tracker.extract.prefilter import gated

#: "the Peruvian envoy", "the Chinese foreign minister", "the U.S. special envoy", "the Russian chief negotiator"
_ROLE = gated(re.compile(r"\b[Tt]he\s+(?P<adj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:(?:foreign|deputy|special|chief|top|senior|prime|vice)\s+){0,2}"
                         r"(?P<head>envoy|ambassador|minister|negotiator|president|representative|diplomat|spokes(?:man|woman|person)|"
                         r"delegate|mediator|premier|chancellor|counterpart)\b(?!\s+(?:of|for|to)\b|\s+[A-Z])"))

#: The same title capitalised and owning a noun, with no article (round 498): "Recalling Turkish Foreign Minister's visit
#: to Pakistan", "Chilean President's call"
_OWNING_ROLE = gated(re.compile(r"\b(?P<adj>[A-Z][\w.'’-]*)\s+(?:(?:Foreign|Deputy|Special|Chief|Top|Senior|Prime|Vice)\s+){0,2}"
                                r"(?P<head>Envoy|Ambassador|Minister|Negotiator|President|Representative|Mediator|Premier|Chancellor)"
                                r"(?=['’]s\s+[a-z])"))


#: "the UN chief", "the IAEA chief", "the agency's head" after the body's name: its head named before (round 403)
_BODY_HEAD = re.compile(r"\b[Tt]he\s+(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+(?:chief|head|boss)\b(?!\s+(?:of|for)\b|\s+[A-Z])")
#: The titles of a body's head, as the roster keeps them
_HEAD_TITLE = re.compile(r"secretary[- ]general|director[- ]general|\bchief\b|\bhead\b|president|chair|executive\s+secretary", re.I)


#: "the top diplomat added", "the country's chief diplomat said": a foreign minister named before (round 611)
_TOP_DIPLOMAT = re.compile(r"\b[Tt]he\s+(?:(?:country|ministry|government)['’]s\s+)?(?:top|chief)\s+diplomat\b(?!s)")
#: The titles of a state's foreign minister, as the roster keeps them
_FOREIGN_MINISTER = re.compile(r"foreign\s+(?:minister|secretary)|minister\s+(?:of|for)\s+foreign\s+affairs|secretary\s+of\s+state", re.I)


def _top_diplomats(text: str, roster) -> list[tuple[int, int, str]]:
    """(start, end, person) for each "the top diplomat" that can only be the one foreign minister named before."""
    people = [k for k, title in roster.titles.items() if _FOREIGN_MINISTER.search(title)
              and roster.entry(k) is not None and roster.entry(k).kind == "official"]
    if len(people) != 1:
        return []
    return [(m.start(), m.end(), people[0]) for m in _TOP_DIPLOMAT.finditer(text)]


def _body_heads(text: str, roster) -> list[tuple[int, int, str]]:
    """(start, end, person) for each "the <body> chief" that can only be the one head of that body named before."""
    out = []
    for m in _BODY_HEAD.finditer(text):
        bodies = [x.key for x in roster.lexicon.scan(m.group("body")) if x.role == "actor" and roster.entry(x.key) is not None
                  and roster.entry(x.key).kind == "organisation"]
        if len(bodies) != 1:
            continue
        people = [k for k in dict.fromkeys(roster.surnames.values()) if roster.state_of(k) == bodies[0] and k != bodies[0]
                  and roster.entry(k) is not None and roster.entry(k).kind == "official"]
        heads = [k for k in people if _HEAD_TITLE.search(roster.titles.get(k, ""))]
        if len(heads) == 1 or not heads and len(people) == 1 and people[0] not in roster.titles:
            out.append((m.start(), m.end(), (heads or people)[0]))
    return out


def titled_persons(text: str, roster) -> list[tuple[int, int, str]]:
    """(start, end, person) for each "the <state adjective> <title>" that can only be one official named before."""
    out = []
    for m in [*_ROLE.finditer(text), *_OWNING_ROLE.finditer(text)]:
        states = [x.key for x in roster.lexicon.scan(m.group("adj")) if x.role in ("adjective", "actor")
                  and roster.entry(x.key) is not None and roster.entry(x.key).kind == "state"]
        if len(states) != 1:
            continue
        head = m.group("head").lower()
        people = [k for k, title in roster.titles.items() if title.split() and title.split()[-1] == head
                  and roster.state_of(k) == states[0] and (roster.entry(k) is not None and roster.entry(k).kind == "official")]
        if len(people) == 1:
            out.append((m.start(), m.end(), people[0]))
    out += _top_diplomats(text, roster) if "diplomat" in text else []
    return out + (_body_heads(text, roster) if "hief" in text or "head" in text or "boss" in text else [])
