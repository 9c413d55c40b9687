"""The parties a retelling of an event names as taking part (rounds 1240-1244, issue 10).

A wire story often names an event's participants only when it tells the event again: "Israel and Lebanon held talks
in Naqoura on Wednesday." then "Envoys A and B joined the meeting, which was chaired by C"; "X and Y met in Algiers."
then "X and Y's leaders signed the accord". The dev census of branch actors26 found 494 labelled actors named one or
two sentences from their event; a model could not tell which belong, because distance says nothing of the role. This
module reads the role: the retelling (`tellings.tellings`, a definite anaphor of the event's kind) must be strict, as
a hand check of 30 links asked (the anaphor alone names the same event about three times in four; with one of the
event's persons named, in all 12 checked: `strict`), and the party must stand in a participation frame tied to the
anaphor itself ("X joined the meeting", "the talks, attended by X", "the talks bring together X and Y", "X and Y signed
the accord", "During the meeting, X and Y discussed …"), not anywhere in the sentence (a host, a topic, a state spoken
of, the one who reports it).
"""
from __future__ import annotations

import re

from tracker.extract.accord_ties import tied_accords
from tracker.extract.candidate import Candidate
from tracker.extract.events import sentence_actors
from tracker.extract.folded_places import folded_venues
from tracker.extract.mentions import Roster
from tracker.extract.processes import cued_process
from tracker.extract.tellings import _PLAN, telling_venues, tellings, told_in

#: A participation verb right before the anaphor: "X and Y joined the meeting", "Z took part in the talks"
_BEFORE = re.compile(r"\b(?:joined|attended|(?:took|take|takes|taking)\s+part\s+in|participated\s+in|signed|initialled|"
                     r"co-?chaired|chaired|mediated|brokered|led|headed)\s+$")
#: The anaphor as the time or scene of its clause's act: "During the meeting, X and Y discussed …", "X said at the
#: talks", "After the meeting, X told reporters": that clause's subjects took part in it
_SCENE = re.compile(r"\b(?:[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing|[Ii]n\s+the\s+course\s+of|[Oo]n\s+the\s+(?:sidelines|margins)\s+of)\s+$")
#: A participation frame right after it (matched at the anaphor's end only, so no gate): "the meeting, attended by
#: X", "the talks were chaired by X", "the talks bring together X and Y"; the parties stand in the rest of its clause
_AFTER = re.compile(r"(?:,\s*|\s+)(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?"
                    r"(?:(?:attended|joined|chaired|co-?chaired|mediated|brokered|facilitated|led|headed)\s+by|"
                    r"with\s+the\s+participation\s+of|between|(?:brings?|brought|bringing)\s+together|involv(?:es|ed|ing))\s+")
#: Where the parties' clause ends
_CLAUSE_END = re.compile(r";|\.\s|\s(?:but|while|whereas|after|before|as|to)\s|,\s+(?:which|who|where|and\s+(?:the|a)\s+\w+\s+(?:was|is|will))\b")
_PARTY_KINDS = ("state", "official", "organisation", "group")
#: The pipeline's reading of a sentence as a party: a subject, a conjunct, or the object of "by"
_PARTY_PREPS = (None, "and", "by", "of", "from", "between")


def strict(c: Candidate, text: str, roster: Roster) -> bool:
    """Whether `text` shares with `c` a cue of the same event beyond the anaphor: one of its persons named by a word of
    his name (four letters or more), its process named, or two of its states. (A person is the strong cue: 12 of 12
    hand-checked links told the same event; a process alone 2 of 5, which is why the parties must also stand in a
    participation frame of the anaphor. The one round-number link checked told another gathering, so
    a round number is no cue.)"""
    words = set(re.findall(r"[A-Z][\w-]{3,}", text))
    for key in c.actors:
        entry = roster.entry(key)
        if entry is not None and entry.kind == "official" and words & set(re.findall(r"[A-Z][\w-]{3,}", roster.name(key))):
            return True
    own = {roster.state_of(k) for k in c.actors} - {None}
    if len(own) >= 2 and len(own & {roster.state_of(x.key) or x.key for x in roster.lexicon.scan(text)  # (scans are cached)
                                    if x.role in ("actor", "adjective", "capital")}) >= 2:
        return True
    return bool(c.process) and cued_process(text, roster.lexicon) == c.process  # the costliest cue last


def _parties(text: str, m: re.Match, read: tuple) -> list[str]:
    """The actors a retelling names in a participation frame of its anaphor `m`: before it as the subject of "joined",
    "signed" …, or after it as the object of "attended by", "brings together" …, within the anaphor's clause."""
    keys: list[str] = []
    head = text[:m.start()]
    verb = _BEFORE.search(head)
    if verb is not None:
        stop = max(head.rfind(";"), head.rfind(". "), _last_clause_start(head[:verb.start()]))
        keys += _subjects(text, [a for a in read if stop < a.start and a.end <= verb.start()])
    if _SCENE.search(head):
        start = max(head.rfind(";"), _last_clause_start(head[:_SCENE.search(head).start()]))
        cut = _CLAUSE_END.search(text, m.end())
        end = cut.start() if cut else len(text)
        keys += _subjects(text, [a for a in read if start < a.start < end and not m.start() <= a.start < m.end() + 12])
    after = _AFTER.match(text, m.end())
    if after is not None:
        cut = _CLAUSE_END.search(text, after.end())
        end = cut.start() if cut else len(text)
        keys += [a.key for a in read if after.end() <= a.start < end and not a.topic and a.prep in _PARTY_PREPS]
    return keys


#: A preposition right before a name the reading gave none ("representatives of President X": its title stood between)
_OBJECT = re.compile(r"\b(?:of|from|with|to|for|by|between|on|about|against|over)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$")


def _subjects(text: str, read: list) -> list[str]:
    """The subjects among a clause's actors: named with no preposition, or joined by "and" to one that is ("between X
    and Y" stays out: Y's "and" follows an object)."""
    keys, last = [], False
    for a in read:
        last = not a.topic and (a.prep is None and not _OBJECT.search(text, max(0, a.start - 40), a.start)
                                or a.prep == "and" and last)
        if last:
            keys.append(a.key)
    return keys


def _last_clause_start(text: str) -> int:
    """Where the clause ending at `text`'s end starts: after its last ", which/who/when/as/after" or "that" ("X said
    that Y signed the accord": Y's clause; -1 for the whole)."""
    found = list(re.finditer(r",\s+(?:which|who|when|as|after|while|but)\b|\b(?:after|before|when|as|that)\s", text))
    return found[-1].end() if found else -1


def telling_actors(events: list[Candidate], texts: list[str], raws: list[str], paragraphs: list[int], roster: Roster) -> None:
    """A gathering, accord or visit takes as participants the parties its nearest strict retelling names as taking
    part in it (round 1240), in place; a party it holds already keeps its role."""
    told = None
    for c in events:
        if c.reference or not c.evidence or c.event_type not in ("meeting", "talk_round", "summit", "agreement", "visit"):
            continue
        told = told if told is not None else told_in(events, texts)
        for i, m in tellings(c, texts, paragraphs, told):
            if bool(_PLAN.search(texts[i])) != c.future or not strict(c, texts[i], roster):
                continue  # (a plan told of a held meeting, or the held one of a plan, is another gathering)
            read = sentence_actors().get(raws[i]) or ()
            for key in _parties(texts[i], m, read):
                entry = roster.entry(key)
                if entry is not None and entry.kind in _PARTY_KINDS:
                    c.actors.setdefault(key, "participant")
            break


def retold(events: list[Candidate], units: list, roster: Roster) -> None:
    """What retellings of each event add: its place (rounds 1227, 1250, 1325) and its parties (round 1240)."""
    texts, paragraphs = [u.text for u in units], [u.paragraph for u in units]
    telling_venues(events, texts, paragraphs, roster)
    tied_accords(events, texts, paragraphs, roster)  # "The agreement came after talks at X" (round 1250)
    folded_venues(events, roster)  # the place a folded telling names when the first sentence names none (round 1325)
    telling_actors(events, texts, [u.raw for u in units], paragraphs, roster)


__all__ = ["retold", "strict", "telling_actors"]
