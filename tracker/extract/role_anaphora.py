"""An official named again by state and title: "Peruvian envoy Ana Soto met … The Peruvian envoy said …", "Wang Qun,
Chinese envoy to the UN in Vienna, said … The Chinese envoy said he expected …". The second sentence names the same
person by their title; read as an unnamed official it gave the state alone (docs/extraction.md, "Actors": actors
named in a neighbouring sentence are the participants or the speaker). The person is the one official of the article
so far with that title's head noun and that state. Round 403: "the UN chief", "the IAEA chief" is the one head of that
body the article has named (a secretary-general, director general, chief or chair), or its one official named with no
title. Round 498: the capitalised title owning a noun with no article ("Turkish Foreign Minister's visit") is read alike.
Round 571: a body's title ("the UN envoy", "the EU coordinator of the talks") is its one official named with that title,
and "the top diplomat" (round 611: "the chief diplomat", "the ministry's top diplomat") the one foreign minister (or
secretary of state) named before. Part of `mentions.find_actors`.
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

#: The same title after a body's name (round 571): "the UN envoy said", "the EU coordinator of the talks called on", "the
#: OSCE special representative for the talks": a body has one such official in a story, so "of" / "for" may follow
_BODY_ROLE = gated(re.compile(r"\b[Tt]he\s+(?P<adj>UN|U\.N\.|EU|E\.U\.|OSCE|AU|IAEA|IGAD|ASEAN|Arab\s+League|African\s+Union|"
                              r"European\s+Union|United\s+Nations)(?:['’]s)?\s+(?:(?:special|chief|top|senior|deputy|personal)\s+){0,2}"
                              r"(?P<head>envoy|representative|negotiator|mediator|coordinator|facilitator)\b(?!\s+[A-Z])"))
#: "the top diplomat added", "the Turkish top diplomat", "the country's chief diplomat": its foreign minister (round 571)
_TOP_DIPLOMAT = gated(re.compile(r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w.'’-]*)\s+|(?:country|ministry|government)['’]s\s+)?(?:top|chief)\s+diplomat\b(?!s)"))
_FOREIGN_MINISTER = re.compile(r"foreign\s+minister|minister\s+(?:of|for)\s+foreign|secretary\s+of\s+state|foreign\s+secretary", re.I)

#: "the UN chief", "the IAEA chief", "the agency's head" after the body's name: its head named before (round 403)
_BODY_HEAD = re.compile(r"\b[Tt]he\s+(?P<body>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s)?\s+(?:chief|head|boss)\b(?!\s+(?:of|for)\b|\s+[A-Z])")
#: The titles of a body's head, as the roster keeps them
_HEAD_TITLE = re.compile(r"secretary[- ]general|director[- ]general|\bchief\b|\bhead\b|president|chair|executive\s+secretary", re.I)


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
    for m in _TOP_DIPLOMAT.finditer(text):
        states = [x.key for x in roster.lexicon.scan(m.group("adj") or "") if x.role in ("adjective", "actor")]
        people = [k for k, title in roster.titles.items() if _FOREIGN_MINISTER.search(title) and "deputy" not in title
                  and "vice" not in title and (not states or roster.state_of(k) in states)
                  and roster.entry(k) is not None and roster.entry(k).kind == "official"]
        if len(people) == 1 and (states or not m.group("adj")):
            out.append((m.start(), m.end(), people[0]))
    for m in _BODY_ROLE.finditer(text):
        bodies = [x.key for x in roster.lexicon.scan(m.group("adj")) if x.role == "actor" and roster.entry(x.key) is not None
                  and roster.entry(x.key).kind == "organisation"]
        head = m.group("head").lower()
        people = [k for k in dict.fromkeys([*roster.titles, *roster.surnames.values()]) if len(bodies) == 1
                  and roster.state_of(k) == bodies[0] and k != bodies[0] and roster.entry(k) is not None
                  and roster.entry(k).kind == "official"]
        titled = [k for k in people if head in roster.titles.get(k, "")]
        if len(titled) == 1 or not titled and len(people) == 1 and people[0] not in roster.titles:
            out.append((m.start(), m.end(), (titled or people)[0]))
    return out + (_body_heads(text, roster) if "hief" in text or "head" in text or "boss" in text else [])
