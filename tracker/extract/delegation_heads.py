"""Heads of delegation join the talks they lead, wherever the article names them.

The guideline ("Actors"): "Heads of delegation are actors of the round they lead, whatever the length of their title".
Wire copy names them anywhere: in a quote's attribution ("…," said Luis Vera, head of the Chilean delegation), in a
sentence of their own ("The Peruvian delegation was headed by Deputy Minister Ana Soto"), or as the speaker of a
statement ("the head of the Bolivian delegation, Deputy Minister Juan Mesa, said"). Each such person, and the state
or group whose delegation they head, joins the talks told just before, else the article's current session of talks:
the first held talk round or meeting dated within days of publication (or undated), else the first planned one; a
session told after the heads' sentence only when the heads speak there ("…, said X, head of the Y delegation": the
head of a delegation named before the delegations meet is left to `context_actors`' rule of both parties).
Round 573: "X, the aide heading the Y delegation" and "heads of the delegations, X and Z" (each of their own state) too.
Part of `assemble.extract_article`.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.mentions import Roster, find_actors
from tracker.extract.prefilter import fast_start

#: "head of the Chilean delegation", "heads the ELN delegation", "headed the US delegation", "the delegation was headed /
#: led by", "at the head of a delegation" ("chief negotiator X said" is a title, which the labels leave to the speech)
HEAD = fast_start(re.compile(r"\b(?:head(?:s|ed|ing)?|led|leads|leading)\s+(?:of\s+)?(?:the|a|his|her|its|their)\s+(?P<own>(?:[\w'’-]+\s+){0,4}?)"
                  r"(?:delegation\b|(?P<both>delegations\b)|(?:side|team)\b(?!\s+(?:of|in|to)\b))"
                  r"|\b(?P<own3>(?:[A-Z][\w'’-]+\s+){1,3})(?:(?:[\w-]+\s+)?(?:delegation|side|team)\s+)?(?:was|were|is|will\s+be)\s+"
                  r"(?:headed|led)\s+by\b"
                  r"|\b(?:[Dd]elegation|[Tt]eam)\s+of\s+(?:\w+\s+){1,3}?(?:officials|members|negotiators|delegates)\s+(?:was|were|is|will\s+be)\s+(?:headed|led)\s+by\b"
                  r"|\b(?P<own4>(?:[A-Z][\w'’.-]+\s+){1,3})(?:delegation|side|team)\s+(?:was|were|is|will\s+be)\s+represented\s+by\b"))
#: The head named as the subject of the active verb, before an apposition or none, at the start of a sentence or of a
#: clause: "Ana Cruz, joint secretary at the ministry, led the Chilean delegation", "…, while Luis Soto heads the
#: Peruvian team" (round 680: a title the lists lack, or none, left the head unnamed)
_PERSON = r"[A-Z][a-zà-ÿĀ-ž'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-zà-ÿĀ-ž'’-]+){1,2}"
_SUBJECT = re.compile(r"(?:^|[;:]\s+|,\s+(?:and\s+|but\s+)?(?:while|whereas)\s+|,\s+and\s+)"
                      rf"(?P<name>{_PERSON})(?:,[^,;]{{2,90}},)?\s+$")
#: The head named after "represented by" (a title-less head after "headed by" is read by `mentions`)
_AFTER_BY = re.compile(rf"\s+(?P<name>{_PERSON})\b(?!\s+[A-Z])")
#: What stands between a head and another clause's delegation: a sentence's end, or "while" / "whereas" opening the
#: other head's clause ("X led the Indian delegation, while the Chinese side was represented by Y": round 680)
_APART = re.compile(r"[.;]|\b(?:while|whereas)\b")
#: How far a head's name may stand from the phrase that makes them one (", Deputy Foreign Minister X,")
_REACH = 90
_KINDS = ("state", "group", "organisation")
#: The last paragraph of the headline and lead
_LEAD = 1


def _heads(text: str, roster: Roster) -> list[tuple[str, list[str]]]:
    """(person, the states or groups whose delegation they head) for each head of delegation `text` names."""
    out: list[tuple[str, list[str]]] = []
    found = None
    for m in HEAD.finditer(text):
        found = found if found is not None else find_actors(text, roster)
        people = [a for a in found if (e := roster.entry(a.key)) is not None and e.kind == "official"
                  and (m.start() - _REACH <= a.end and a.start <= m.end() + _REACH)
                  and not _APART.search(text[min(a.end, m.end()):max(a.start, m.start())])]
        own = m.group("own") or m.group("own3") or m.group("own4") or ""
        parties = [x.key for x in roster.lexicon.scan(own) if x.role in ("actor", "adjective")
                   and (e := roster.entry(x.key)) is not None and e.kind in _KINDS]
        if not people:  # "Ana Cruz, <a title the lists lack>, led the X delegation", "the X side was represented by Ana Cruz"
            subject = (_SUBJECT.search(text, max(0, m.start() - 160), m.start()) if m.group(0).startswith(("head", "lead", "led"))
                       else _AFTER_BY.match(text, m.end()) if m.group(0).endswith("by") else None)
            key = _subject_head(subject.group("name"), roster) if subject else None
            if key:
                out.append((key, parties))
            continue
        if not people:
            continue
        if m.group("both"):  # "heads of the delegations, X and Y, held …": each heads their own state's (round 573)
            out += [(a.key, []) for a in people if a.start >= m.end()]
            continue
        person = min(people, key=lambda a: min(abs(a.start - m.end()), abs(m.start() - a.end)))
        out.append((person.key, parties))
    return out


def _subject_head(name: str, roster: Roster) -> str | None:
    """The key of the person `name` heading a delegation, added as new; None when it is no person's name (a state, a
    body, "Earlier This Year")."""
    if name.split()[0] in _NOT_FIRST or roster.lexicon.scan(name):
        return None
    return roster.person(name, "head of delegation", None)


#: Capitalised words that start a sentence or clause and no name
_NOT_FIRST = frozenset({"The", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "Earlier", "Later",
                        "Last", "Next", "On", "In", "At", "During", "After", "Before", "Both", "Each", "Every"})


def _current_session(candidates: list[Candidate], anchor: dt.date | None, until: int | None = None) -> Candidate | None:
    """The talks the article reports now: the first held talk round or meeting dated within days of publication (or
    undated), else the first planned one within weeks; only among those told before sentence `until` when given."""
    sessions = [c for c in candidates if c.event_type in ("talk_round", "meeting") and (not c.reference or c.paragraph <= _LEAD)
                and (until is None or c.order < until)]  # a round the lead tells undated is the story's own (round 680)
    def near(c: Candidate, before: int, after: int) -> bool:
        return c.first is None or anchor is None or -before <= (c.first - anchor).days <= after
    held = [c for c in sessions if not c.future and near(c, 10, 1)]
    planned = [c for c in sessions if c.future and near(c, 0, 45)]
    return (held or planned or [None])[0]


def _session_before(order: int, unit, events: list[Candidate]) -> Candidate | None:
    """The event told just before sentence `order` (within two paragraphs), when it is a talk round or meeting."""
    before = next((c for c in reversed(events) if c.order < order and c.event_type not in SPEECH_TYPES
                   and not c.reference and unit.paragraph - c.paragraph <= 2), None)
    return before if before is not None and before.event_type in ("talk_round", "meeting") else None


def _head_units(units: list, events: list[Candidate], roster: Roster):
    """(order, heads) of each sentence that names heads of delegation and has no event of its own ("X, head of the
    Chilean delegation, met Y" keeps its heads in that meeting)."""
    for order, unit in enumerate(units):
        if ("head" not in unit.text and "led" not in unit.text and "represented" not in unit.text) or not HEAD.search(unit.text) or any(c.order == order and c.event_type not in SPEECH_TYPES and not c.reference
                                             for c in events):
            continue
        heads = _heads(unit.text, roster)
        if heads:
            yield order, heads


def head_sentences(units: list, candidates: list[Candidate], roster: Roster) -> set[int]:
    """The sentences whose heads of delegation `join_heads` places because the event told just before is no session
    (the sentence-after rule of `context_actors` would give them to a background accord)."""
    return {order for order, _ in _head_units(units, candidates, roster) if _session_before(order, units[order], candidates) is None}


def join_heads(units: list, events: list[Candidate], roster: Roster, anchor: dt.date | None) -> None:
    """Add each head of delegation the article names, with the state or group they head it for, to the talks they lead:
    the talk round or meeting told just before (within two paragraphs), else the article's current session (so that
    "For the talks, the delegation was headed by X" after a background paragraph still reaches the talks). Run after
    the events are typed: a head joining the talks does not make them a ministers' meeting."""
    for order, heads in _head_units(units, events, roster):
        target = _session_before(order, units[order], events)
        if target is None:  # a session told after the heads only when they speak of it ("…, the head of the X
            speaks = any(c.order == order and c.event_type in SPEECH_TYPES for c in events)  # delegation, said")
            target = _current_session(events, anchor, None if speaks else order)
        if target is None:
            continue
        for person, parties in heads:
            for key in [person, roster.state_of(person), *parties]:
                if key:
                    target.actors.setdefault(key, "participant")
