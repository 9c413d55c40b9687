"""An earlier session of the series the article tells, named by a pronoun or a bare noun (round 1086).

Wires place the gathering they report in its series with one clause about the session before it: "This is the second
event in such a format, the previous one took place in early May in Moscow"; "This was the second round this year.
The first took place on January 26 in Paris"; "hosted eight meetings on Syria, the last of which was held on December
21-22"; "The most recent gathering took place in London on Sept. 9"; "since the last round in December 2023". The clause
names no gathering noun the triggers read ("one", "the first", "gathering"), or names it as a reference, so the earlier
session, a background gathering with its own date (docs/extraction.md, "Annotation guideline"), was missed. It is read
as a gathering of the kind its own noun names ("the last round", "the most recent gathering", "five rounds …, the last
of which"), of the process and parties of the gathering just told (the latest meeting, round or summit of the same or
the two paragraphs before); with no noun ("the previous one", "The first"), of that gathering's kind. A round of
something else ("the last round of family reunions") is none, and so is a session told as put off or broken off ("The
previous round was suspended in June": the day of the suspension). Only a session that is over: "the next
one will take place" is a plan and stays with the plan rules, and a day the sentence's own events carry is not told
twice.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import sentence_dates
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.venues import venue_of

_GATHERINGS = ("meeting", "talk_round", "summit")
#: "the previous one", "the last of which", "The first took place", "the most recent gathering", "the last round"
_EARLIER = gated(re.compile(
    r"\b[Tt]he\s+(?:(?:previous|last|latest|most\s+recent)\s+(?:one|of\s+which|(?P<noun>gathering|meeting|session|round|"
    r"summit))\b|(?:first|previous|last)\s+(?=(?:one\s+)?(?:took\s+place|was\s+held|had\s+been\s+held)\b))"))
#: A round of something other than talks: "the last round of family reunions", "the previous round of sanctions"
_NOT_TALKS = re.compile(r"(?i)^\s+of\s+(?:[\w-]+\s+){0,2}?(?:reunions|sanctions|fighting|strikes|attacks|shelling|elections|"
                        r"voting|tariffs|exchanges|swaps|releases|evacuations|hostilities|protests)\b")
#: A plan or a wish is no earlier session: "the last one will take place", "the first is expected"
_PLAN = re.compile(r"(?i)\b(?:will|would|shall|is\s+(?:expected|due|scheduled|set)|are\s+(?:expected|due|scheduled)|next)\b")
#: A session put off or broken off: the date is of that, not of a session held ("was suspended in June")
_HALTED = re.compile(r"(?i)\b(?:suspended|postponed|cancell?ed|called\s+off|delayed|collapsed|broke\s+down|stalled|"
                     r"interrupted|adjourned)\b")
#: How far after the words the session's date may stand (one clause: "took place in early May in Moscow")
_REACH = 60


def _kind(noun: str | None) -> str:
    """The gathering its own noun names ("the last round", "the most recent gathering")."""
    return {"summit": "summit", "round": "talk_round", "session": "talk_round"}.get(noun or "", "meeting")


def _of_which(before: str) -> str | None:
    """The gathering noun "the last of which" points back to: "five rounds of talks …, the last of which"."""
    nouns = re.findall(r"\b(summit|round|session|meeting)s\b", before)
    return nouns[-1] if nouns else None


def earlier_sessions(text: str, raw: str, found: list[Candidate], before: list[Candidate], roster: Roster,
                     anchor: dt.date | None, paragraph: int, order: int) -> list[Candidate]:
    """A new gathering for an earlier session of the told series that `text` dates in a clause of its own."""
    m = _EARLIER.search(text)
    if m is None:
        return []
    if m.group("noun") and _NOT_TALKS.match(text[m.end():]):
        return []
    clause = re.split(r"[.;:!?]|,\s+(?:and|but|while|which)\b", text[m.end():m.end() + _REACH])[0]
    if _PLAN.search(text[m.start():m.end() + len(clause)]) or _HALTED.search(clause):
        return []
    dates = [d for d in sentence_dates(text, anchor) if m.end() <= d.start <= m.end() + len(clause) and not d.future]
    if not dates:
        return []
    date = dates[0]
    told = [c for c in before + found if c.event_type in _GATHERINGS]
    if any(c.first == date.first and c.precision == date.precision for c in told) \
            or any(c.event_type in _GATHERINGS for c in found):
        return []  # the session has its own words in the article already, or the sentence's own gathering may be it
    near = [c for c in told if paragraph - c.paragraph <= 2]
    referent = near[-1] if near else None
    noun = m.group("noun") or (_of_which(text[:m.start()]) if "which" in m.group(0) else None)
    kind = _kind(noun) if noun or not referent else referent.event_type
    c = Candidate(kind, paragraph, order, evidence=[raw], actors=dict(referent.actors) if referent else {},
                  processes=list(referent.processes) if referent else [])
    c.set_date(date)
    c.venue = venue_of(text[m.start():m.end() + len(clause)], roster, 0, None)
    if c.venue is None and "which" in m.group(0):  # "The Kazakh capital, Astana, hosted eight meetings, the last of
        c.venue = venue_of(text[:m.start()], roster, m.start(), None)  # which …": the tally's place is its members' (1170)
    return [c]


__all__ = ["earlier_sessions"]
