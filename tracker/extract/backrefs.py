"""A gathering named again by "the meeting" is the one already told, not a new event (round 341).

"The meeting was held hours after …", "The office said that the meeting took place in a good atmosphere", "During the
meeting, the two ministers discussed …": when such a sentence gives the gathering no party and no date of its own, it
speaks of the meeting, talks or call the article has just reported (docs/extraction.md, "What counts as an event": one
act is one event). Its words go to that gathering, the latest held one with parties in the same or the eight
paragraphs before, on a day that fits; with none, the candidate stays.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_GATHERINGS = ("meeting", "talk_round", "summit", "call")
#: The gathering named as known: "the meeting", "that session", "their talks", not "the meeting of X" or "the talks
#: between X and Y" (a gathering described in full may be another one), nor "the next meeting"
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Tt]oday['’]s)\s+(?:meeting|talks|session|negotiations|discussions|"
                       r"consultations|conversation|summit)\b(?!\s+(?:of|on|between|with|in|at|among|for|to|will|would|is\s+to|"
                       r"are\s+to|is\s+set|are\s+set|is\s+scheduled|are\s+scheduled)\b)")


def _fits(c: Candidate, m: Candidate) -> bool:
    if c.first is None or m.first is None:
        return True
    return m.first <= c.first <= (m.last or m.first)


def fold_back_references(events: list[Candidate]) -> list[Candidate]:
    """Fold each partyless, self-undated "the meeting" into the gathering it names again."""
    kept: list[Candidate] = []
    for c in events:
        if c.event_type in _GATHERINGS and not c.actors and not c.future and not c.round_number and not c.halted \
                and not c.reference and c.dated_by != "text" and c.evidence and _DEFINITE.search(c.evidence[0]):
            told = [m for m in kept if m.event_type in _GATHERINGS and m.actors and not m.future and not m.reference
                    and m.order < c.order and 0 <= c.paragraph - m.paragraph <= 8 and _fits(c, m)]
            if told:
                target = max(told, key=lambda m: m.order)
                target.evidence += [e for e in c.evidence if e not in target.evidence]
                continue
        kept.append(c)
    return kept


#: An act told again to time it against another: "Netanyahu's statement came hours after …", "The meeting was held a
#: day before …" (round 342), "The seventh round of the talks comes almost a year after …" (round 345)
_TIMED_AGAINST = re.compile(
    r"\W*(?:[\w’'.-]+\s+){0,5}?(?:statement|remarks|comments|announcement|meeting|talks|round|negotiations|session|visit|call|"
    r"move|decision|news|offer|proposal|trip)\b(?:\s+[\w’'.-]+){0,6}?\s+(?:came|comes|was\s+held|were\s+held|took\s+place|"
    r"was\s+made|followed)\s+(?:just\s+|only\s+|barely\s+|almost\s+|nearly\s+|about\s+|some\s+|more\s+than\s+|less\s+than\s+)?"
    r"(?:hours|a\s+day|days|a\s+few\s+(?:hours|days|weeks)|shortly|a\s+week|weeks|one\s+day|two\s+days|moments|minutes|"
    r"a\s+month|months|a\s+year|years|two\s+weeks)?\s*(?:after|before)\s")


def drop_timing_speech(events: list[Candidate]) -> list[Candidate]:
    """"X's statement came hours after Y said …": the sentence times an act already told against what someone said;
    that speech is the context of the timing, no statement of its own (docs/extraction.md: attributions, media reports,
    background are not events). Only plain statements with no date of their own are dropped."""
    return [c for c in events if not (c.event_type == "statement" and c.dated_by != "text" and c.evidence
                                      and _TIMED_AGAINST.match(c.evidence[0]))]


#: A sentence that opens on the gathering named again: "At the meeting on Sunday, …", "During the talks, …" (round 581)
_OPENS_ON_IT = re.compile(r"\W*(?:At|During|In|Throughout)\s+(?:the|this|that|their|today['’]s)\s+(?:meeting|talks|session|"
                          r"negotiations|discussions|consultations|summit)(?:\s+on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|"
                          r"[A-Z][a-z]+\s+\d{1,2}))?\s*,")


def back_reference_venues(events: list[Candidate]) -> None:
    """A held gathering with no place whose sentence opens on it named again ("At the meeting on Sunday, the two sides
    exchanged views …") takes the place of the gathering the article told just before it (in the three sentences
    before, on a day that fits): "X and Y held talks in Tehran …" (round 581)."""
    for c in events:
        if c.event_type == "call" or c.event_type not in _GATHERINGS or c.venue is not None or c.future or not c.evidence:
            continue
        if not _OPENS_ON_IT.match(c.evidence[0]):
            continue  # (not "At the meeting of the council in …", a gathering told in full)
        told = [o for o in events if o.event_type in _GATHERINGS and o.event_type != "call" and not o.future
                and c.order - 3 <= o.order < c.order and _fits(c, o)]
        last = max((o.order for o in told), default=None)
        places = {o.venue for o in told if o.order == last}
        if len(places) == 1 and None not in places:
            c.venue = places.pop()


#: A gathering held within one the article has told: "as part of the event", "on the sidelines of the session", "during
#: the visit" (not "the session of the council", a gathering told in full; round 585)
_WITHIN = re.compile(r"\b(?:on\s+the\s+(?:sidelines|margins)\s+of|as\s+(?:a\s+)?part\s+of|during|in\s+the\s+course\s+of)\s+"
                     r"(?:the|this|that|his|her|their)\s+(?:event|session|conference|summit|forum|assembly|gathering|visit|trip)\b"
                     r"(?!\s+(?:of|in|at|on|to|between|with)\b)")


def within_venues(events: list[Candidate]) -> None:
    """A gathering with no place held "as part of the event" or "on the sidelines of the session" the article told
    before with its place is there, when its day falls within a week from that one's first ("Both men are in Geneva for
    the session of the council that started on Monday" + "He will also meet X on Tuesday as part of the event": round
    585)."""
    for c in events:
        if c.event_type == "call" or c.event_type not in _GATHERINGS or c.venue is not None or not c.evidence:
            continue
        if not any(w in c.evidence[0] for w in ("part", "sidelines", "margins", "during", "course")) \
                or not _WITHIN.search(c.evidence[0]):
            continue
        told = [o for o in events if (o.event_type in _GATHERINGS and o.event_type != "call" or o.event_type == "visit")
                and o.venue and o.order < c.order and 0 <= c.paragraph - o.paragraph <= 8
                and (c.first is None or o.first is not None and 0 <= (c.first - o.first).days <= 7)]
        if told:
            c.venue = max(told, key=lambda o: o.order).venue


__all__ = ["back_reference_venues", "within_venues", "drop_timing_speech", "fold_back_references"]
