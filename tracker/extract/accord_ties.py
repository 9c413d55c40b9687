"""An accord placed by the gathering a neighbouring sentence says it came from (round 1250, issue 10).

The guideline places an accord where the gathering it was made at was (decision 3 of the twenty-third stop). Wires
often tell the accord in one sentence and, in the next, what it came out of: "The agreement came after four hours of
talks at the chancellery in X", "… signed the accord after two days of talks hosted by Y", "Following three days of
negotiations in Z, the parties issued a joint statement", or the accord's own sentence names the talks ("The talks
led to the signing of a truce on May 2") whose place a sentence before gives. `accord_venues` reads only gatherings
the rules extracted with a day and a party in common, and `tellings` asks a retelling to name a party (round 1227):
these ties name none, and their gathering is seldom an event of its own. The tie itself is the link: the accord and
its gathering joined by "after / following / at the end of / during" or "led to", in one sentence.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.tellings import _CLAUSE_END, _DAY_WORD, _PLAN, told_in
from tracker.extract.venues import venue_of

_ACCORD = r"(?:agreements?|accords?|deals?|treaty|memorandum|declaration|joint\s+statement|communiqu[eé]|pact|protocol|roadmap)"
_GATHERING = r"(?:talks|negotiations|meetings?|summit|conference|session|consultations|discussions|dialogue)"
_FROM = r"(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of|during|on\s+the\s+sidelines\s+of)"
#: the accord named again, then the gathering it came from: "The agreement came after about four hours of talks at
#: the chancellery in X", "signed the accord after two days of talks hosted by Y"
_CAME_FROM = gated(re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){{0,2}}?{_ACCORD}\b[^.;,]{{0,40}}?\b{_FROM}\s+"
                              rf"(?:[\w'’-]+\s+){{0,7}}?{_GATHERING}\b(?P<where>[^;]{{0,100}})"))
#: the gathering fronted, then an accord made: "Following two days of talks in X, …, the three states issued a joint
#: statement", "After a meeting at the Y palace, the sides signed a memorandum"
_FRONTED_FROM = gated(re.compile(rf"^\W*(?:Following|After|At\s+the\s+(?:end|close|conclusion)\s+of)\s+(?:[\w'’-]+\s+){{0,6}}?"
                                 rf"{_GATHERING}\b(?P<where>[^,;]{{0,90}}),[^;]*?\b(?:signed|issued|adopted|inked|concluded|"
                                 rf"reached)\s+(?:[\w'’-]+\s+){{0,3}}?{_ACCORD}\b"))
#: the accord's own sentence names the gathering it came from: "The talks eventually led to the signing of …"
_LED_TO = gated(re.compile(rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,2}}?{_GATHERING}\s+(?:[a-z]+ly\s+)?"
                           rf"(?:led\s+to|resulted\s+in|culminated\s+in|produced|yielded)\b"))
#: a gathering placed in a sentence before: "X hosted the talks that … held for nine days in Y"
_GATHERING_AT = gated(re.compile(rf"\b{_GATHERING}\b(?P<where>[^;]{{0,110}})"))
#: sentences either side read for a tie
_NEAR = 2


def _place(where: str, roster: Roster) -> tuple[str, str | None] | None:
    """The place told right after a gathering's noun, within its clause (a plan for another gathering places none)."""
    cut = _CLAUSE_END.search(where)
    where = where[:cut.start()] if cut else where
    return None if _PLAN.search(where) else venue_of(where, roster, 0, None, talks_town=True)


def _tie(text: str, roster: Roster) -> tuple[str, str | None] | None:
    """The place of the gathering a sentence ties an accord to, or None."""
    m = _CAME_FROM.search(text) or _FRONTED_FROM.match(text)
    return _place(m.group("where"), roster) if m else None


def _led_from(c: Candidate, texts: list[str], roster: Roster) -> tuple[str, str | None] | None:
    """The place of the gathering the accord's own sentence says led to it, told in the sentences before."""
    if not _LED_TO.search(c.evidence[0]):
        return None
    for i in range(c.order - 1, max(-1, c.order - 1 - _NEAR), -1):
        m = _GATHERING_AT.search(texts[i])
        if m and (place := _place(m.group("where"), roster)):
            return place
    return None


def tied_accords(events: list[Candidate], texts: list[str], paragraphs: list[int], roster: Roster) -> None:
    """A held accord with no place takes the place of the gathering a sentence near it ties it to: a sentence told
    within two either side, in its paragraph or the next, that tells no event of another day and no other accord."""
    accords = [c for c in events if c.event_type == "agreement" and c.venue is None and not c.future and c.evidence
               and 0 <= c.order < len(texts)]
    if not accords:
        return
    told = told_in(events, texts)
    for c in accords:
        place = _led_from(c, texts, roster)
        for i in sorted(range(c.order - _NEAR, c.order + _NEAR + 1), key=lambda i: (abs(i - c.order), i)):
            if place is not None:
                break
            if i == c.order or not 0 <= i < len(texts) or abs(paragraphs[i] - paragraphs[c.order]) > 1:
                continue
            others = told.get(i, [])
            if not {o.first for o in others} <= {c.first, None} or any(
                    o is not c and o.event_type == "agreement" for o in others):
                continue  # another event's day, or another accord told there: the tie is that one's
            place = _tie(texts[i], roster)
            if place is not None and c.precision != "day" and _DAY_WORD.search(texts[i]):
                place = None  # "the deal came after talks in X today" is not the accord of some month
        if place is not None:
            c.venue = place


__all__ = ["tied_accords"]
