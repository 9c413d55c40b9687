"""A trip told as going to talks is the talks (round 1185).

The twenty-fifth stop settled it (docs/extraction.md, "Types"): when the text tells a trip as going to talks of a
negotiating format or with the host's side ("left for Doha to continue the talks", "arrived in Cairo for talks on the
ceasefire", "To resume the stalled peace talks, X has landed in Doha", "heads to Vienna to participate in the nuclear
talks"), the event is the talks, placed where they are held and dated by their days when told, else by the trip's: one
event, not a `visit` plus talks. `triggers` and `arrivals` (rounds 177, 825, 870) read a few of these shapes; the rest
(a fronted purpose, "head(s) to", "to hold / engage in talks", "to negotiate", "for talks with", a purpose after the
trip's day or an aside) were made visits. A trip told for itself keeps its visit: "visit", "tour", "trip" in its
sentence ("will visit Pakistan next week for talks", "on a working visit"), or no purpose at all.

Two steps, as the pipeline knows more: `talks_trips` (before the process and type pass of `assemble._read`) folds such a
visit into a gathering read from its own sentence, else makes it a gathering by the noun of its purpose (the pass then
types it by decision 2 of the twenty-third stop: a standing format's session a `talk_round`, heads a `summit`);
`fold_trips` (after it, when processes are known) folds a trip made so into the talks of its process it went to, held
in the three days from its arrival ("arrived on Thursday to continue the discussions" and "met on Friday").
"""
from __future__ import annotations

import dataclasses
import re

from tracker.extract.candidate import Candidate
from tracker.extract.merging import _merge_plain
from tracker.extract.mentions import Roster
from tracker.resolve import fold

#: the trip's verb, English, French, Spanish
_TRIP = (r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)|fl(?:ew|ies|y|ying)|travell?(?:s|ed|ing)?|head(?:s|ed|ing)?\s+(?:to|for)|"
         r"left|leaves|leaving|depart(?:s|ed|ing)?|set\s+off|on\s+(?:his|her|their|its)\s+way|en\s+route|reach(?:es|ed)?|"
         r"arriv[ée]e?s?|rendu|atterri|parti|lleg(?:ó|a|ará|aron)|viaj(?:ó|a|ará|aron)|parti(?:ó|eron))\b")
#: what a trip is for when it goes to talks
_DO = r"(?:resume|continue|attend|participate\s+in|take\s+part\s+in|join|hold|engage\s+in|conduct|open|start|begin|pursue)"
_TALK = r"(?:talks|negotiations|round|dialogue|consultations|discussions|meeting|summit|session)"
_PURPOSE = (rf"(?:(?:in\s+order\s+)?to\s+{_DO}\s+(?:[\w'’+-]+\s+){{0,5}}?{_TALK}\b|to\s+(?:negotiate|discuss|meet)\b|"
            rf"for\s+(?:[\w'’+-]+\s+){{0,4}}?{_TALK}\b|"
            r"pour\s+(?:les\s+|des\s+|de\s+nouvelles\s+)?(?:pourparlers|n[ée]gociations|discussions|consultations)\b|"
            r"afin\s+de\s+(?:reprendre|poursuivre)\b|"
            r"para\s+(?:las\s+|unas\s+|el\s+|reanudar\s+(?:las\s+|el\s+)?|continuar\s+(?:las\s+|el\s+)?)?"
            r"(?:conversaciones|negociaciones|pl[áa]ticas|di[áa]logo)\b)")
#: the trip, then its purpose in the same clause (not across "said", "called for", a relative clause or another time)
_FOR_TALKS = re.compile(_TRIP + r"(?:(?!\b(?:said|says|called|calls|urged|urges|which|who|where|after|while|before|since|"
                                 r"when|following|amid)\b)[^.;⟦]){0,90}?\b" + _PURPOSE, re.I)
#: the purpose fronted: "To resume the stalled peace talks, X has landed in Doha"
_FRONTED = re.compile(rf"^\W*(?:in\s+order\s+)?to\s+{_DO}\s+(?:[\w'’+-]+\s+){{0,5}}?{_TALK}\b[^.;⟦]{{0,40}}?,[^.;⟦]{{0,120}}?"
                      + _TRIP, re.I)
#: the trip told for itself: a visit stays one
_OWN_TRIP = re.compile(r"\b(?:visit|visits|visited|visiting|tour|trip|visite|visita|gira)\b", re.I)
_NOUN = re.compile(r"\b(?P<noun>summit|talks|negotiations|round|dialogue|pourparlers|n[ée]gociations|conversaciones|"
                   r"negociaciones|pl[áa]ticas|di[áa]logo)\b", re.I)
_GATHERINGS = ("summit", "meeting", "talk_round")
#: talks held with someone: the traveller's meeting with the host's side, not a format's session (decision 2 of the
#: twenty-third stop; `assemble._read` makes heads' a summit and a standing format's a session)
#: a trip "to meet" or "for a meeting with" someone is the talks only with the host's side (its officials, its head,
#: the traveller's counterpart) or the other side's negotiators (a format's talks); calling on others stays a visit
_MEET = re.compile(r"\bmeet$", re.I)
_HOST_SIDE = re.compile(r"\s+(?:separately\s+)?(?:with\s+)?(?:[\w'’.-]+\s+){0,4}?(?:counterparts?|presidents?|prime\s+ministers?|PM|"
                        r"premiers?|kings?|emirs?|sultans?|crown\s+prince|chancellors?|ministers?|officials|government|"
                        r"authorities|leadership|heads?\s+of\s+(?:state|government)|negotiators?|delegations?)\b", re.I)
_AGAIN = re.compile(r"\b(?:resume|continue|pursue|reprendre|poursuivre|reanudar|continuar)\b", re.I)
_WITH = re.compile(r"\s+(?:with|avec|con)\b", re.I)
#: the days a trip may come before the talks it went to
_DAYS_BEFORE = 3
#: the days before the page's day that a trip dated only by its page may have gone to talks told with their day
_PAGE_DAYS = 7


def _calls_on(purpose: str, text: str, end: int) -> bool:
    """Whether the trip's purpose is to meet someone ("to meet", "for a meeting with"), not a gathering."""
    return bool(_MEET.search(purpose)) or purpose.lower().endswith("meeting") and bool(_WITH.match(text, end))


def for_talks(text: str) -> str | None:
    """The type of the gathering `text` tells a trip as going to (`summit`, `talk_round` for talks or negotiations, else
    `meeting`), or None when it tells no such trip or tells the trip for itself."""
    if _OWN_TRIP.search(text):
        return None
    m = _FRONTED.search(text) or _FOR_TALKS.search(text)
    if m is None or _calls_on(m.group(), text, m.end()) and not _HOST_SIDE.match(text, m.end()):
        return None  # "arrived in Lusaka to meet the rebel leaders": a call on others than the host's side, a visit
    noun = _NOUN.search(m.group())
    if noun is None or _WITH.match(text, m.end()) and not _AGAIN.search(m.group()):  # "for bilateral talks with President
        # X": the host's side, a meeting; "to resume talks with the rebels": the parties' next session
        return "meeting"
    return "summit" if noun.group("noun").lower() == "summit" else "talk_round"


def _told_for_itself(town: str, sentences: list[str]) -> bool:
    """Whether one of the article's other sentences tells a visit to `town` by its noun ("concluded a two-day visit to
    Amman"): the trip there is that visit, whatever it was for."""
    own = re.compile(r"\b(?:visit|trip|tour|visite|visita|gira)\s+(?:to|in)\s+(?:the\s+)?" + re.escape(town), re.I)
    return any(own.search(x) for x in sentences if town in x)


def talks_trips(events: list[Candidate], roster: Roster) -> tuple[list[Candidate], set[int]]:
    """Each visit whose sentence tells the trip as going to talks folds into a gathering read from that sentence, or
    becomes the gathering, without the host's state (it hosts, it takes no part). Returns the events and the ids of the
    trips made gatherings (for `fold_trips`)."""
    out: list[Candidate] = []
    made: set[int] = set()
    for c in events:
        kind = for_talks(c.evidence[0]) if c.event_type == "visit" and c.evidence and not c.halted else None
        if kind is None:
            out.append(c)
            continue
        if c.venue and _told_for_itself(c.venue[0], [x for e in events if e is not c for x in e.evidence]):
            out.append(c)  # "arrived in X to meet Y" of a visit to X the article tells for itself: that visit
            continue
        twin = next((e for e in events if e is not c and e.event_type in _GATHERINGS and c.evidence[0] in e.evidence), None)
        if twin is not None:  # "arrived in Sanaa to hold talks with X": the talks read from the same sentence, dated by
            join_talks(twin, c, roster)  # their own days when told, else by the trip's
            continue
        c.event_type = kind
        c.actors = {k: role for k, role in c.actors.items() if role != "host"}
        made.add(id(c))
        out.append(c)
    return out, made


def _venues_fit(a: Candidate, b: Candidate) -> bool:
    return a.venue is None or b.venue is None or fold(a.venue[0]) == fold(b.venue[0]) \
        or a.venue[1] is not None and a.venue[1] == b.venue[1]


def went_to(c: Candidate, events: list[Candidate], skip: set[int]) -> Candidate | None:
    """The talks of `c`'s process that the trip `c` went to: held in the three days from its arrival; the trip dated only
    by its page, in the week before that day too; the trip undated, the one gathering of its process in a fitting place."""
    pool = [e for e in events if e is not c and id(e) not in skip and e.event_type in _GATHERINGS and not e.halted
            and e.process == c.process and _venues_fit(c, e)]
    if c.first is None:
        return pool[0] if len(pool) == 1 else None
    before = 0 if c.dated_by == "text" else -_PAGE_DAYS
    near = [e for e in pool if e.first is not None and before <= (e.first - c.first).days <= _DAYS_BEFORE]
    return min(near, key=lambda e: abs((e.first - c.first).days)) if near else None


def join_talks(talks: Candidate, trip: Candidate, roster: Roster) -> None:
    """The trip joins the talks it went to, which keep their own days and place when told (the trip's day is not
    theirs), else take the trip's day (docs/extraction.md, "Types")."""
    days = (talks.first, talks.last, talks.precision, talks.dated_by, talks.future, talks.venue)
    trip_days = (trip.first, trip.last, trip.precision, trip.dated_by, trip.future)
    # the travellers' states are parties (the Saudi and Omani delegations), the town's state only hosts
    _merge_plain(talks, dataclasses.replace(trip, actors={k: r for k, r in trip.actors.items() if r != "host"}), roster)
    talks.first, talks.last, talks.precision, talks.dated_by, talks.future = days[:5] if days[0] is not None else trip_days
    talks.venue = days[5]


def fold_trips(events: list[Candidate], made: set[int], roster: Roster) -> list[Candidate]:
    """Each trip `talks_trips` made a gathering folds into the talks of its process it went to (`went_to`)."""
    drop: set[int] = set()
    for c in events:
        if id(c) in made and c.process is not None and (talks := went_to(c, events, made | drop)) is not None:
            join_talks(talks, c, roster)
            drop.add(id(c))
    return [c for c in events if id(c) not in drop]


def headline_trip(extra: Candidate, events: list[Candidate], roster: Roster) -> Candidate | None:
    """The headline's own event when it tells a trip as going to talks ("Delegates head to Havana to resume talks"):
    folded into the talks of its process it went to (None), else made that gathering."""
    kind = for_talks(extra.evidence[0]) if extra.event_type == "visit" and extra.evidence else None
    if kind is None:
        return extra
    if extra.process is not None and (talks := went_to(extra, events, set())) is not None:
        join_talks(talks, extra, roster)
        return None
    extra.event_type = kind
    extra.actors = {k: role for k, role in extra.actors.items() if role != "host"}
    return extra


__all__ = ["fold_trips", "for_talks", "headline_trip", "join_talks", "talks_trips", "went_to"]
