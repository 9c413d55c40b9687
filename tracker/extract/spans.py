"""Helpers of sentence-level extraction for spans of time and plans: one event told twice in a sentence, durations
("two days of talks that ended on Wednesday"), rounds and meetings planned inside a quote, processes named in a round."""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import find_dates
from tracker.extract.heads_assemblies import names_heads_gathering
from tracker.extract.lexicon import Mention
from tracker.extract.mentions import Roster, find_actors
from tracker.extract.triggers import Trigger
from tracker.extract.units import Unit
from tracker.extract.venues import venue_of
from tracker.extract.prefilter import gated, literal_gated

_TALKS = ("meeting", "talk_round", "summit")
#: "two days of talks", "three-day talks", "a two-day visit": how many days an event lasted
_DURATION = gated(re.compile(r"\b(?:(?P<n>two|three|four|five|six|seven|[2-7])(?:[- ]day\b|\s+days\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|"
                             r"consultations|meetings|discussions))|for\s+(?P<k>two|three|four|five|six|seven|[2-7])\s+days\b)", re.I))  # "for three days" (625)
#: The first day of a span told by "from" with no end after it: "a three-day visit from Thursday", "from May 15" (round 625)
_FROM_DAY = re.compile(r"\bfrom\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                       r"Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                       r"(?![^.;]{0,30}\b(?:to|until|till|through|and)\s+(?:\w+\s+)?\d|[^.;]{0,30}\b(?:to|until|till|through)\s+[A-Z])")
_ENDED = gated(re.compile(r"\b(?:ended|ends|ending|concluded|concludes|concluding|wrapped\s+up|closed|closes|closing|finished|"
                          r"(?:will|to)\s+(?:end|conclude|close|wrap\s+up))\b"))
_STARTED = re.compile(r"\b(?:began|begins|beginning|begin|opened|opens|opening|started|starts|starting|kicked\s+off|"
                      r"launched|arrived|arrives|arriving|(?:will|to)\s+(?:begin|open|start|arrive))\b")
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _one_clause(text: str, a: tuple[int, int], b: tuple[int, int], speech: list[Trigger]) -> bool:
    """True when nothing between two triggers starts another clause ("continued on Tuesday, said X, a year after they met")."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return not any(lo <= t.start < hi for t in speech) and not re.search(
        r"[;⟦]|\b(?:after|before|since|while|when|following|ago|than|unlike|whereas)\b", text[lo:hi])


def _fold(target: Candidate, other: Candidate) -> None:
    """One event a sentence tells twice ("held talks ... that ended on Wednesday"): keep the dated mention, add the rest."""
    for key, role in other.actors.items():
        target.actors.setdefault(key, role)
    target.processes += [k for k in other.processes if k not in target.processes]
    target.round_number = target.round_number or other.round_number
    target.venue = target.venue or other.venue
    target.talks = target.talks or other.talks
    target.halted = target.halted or other.halted
    if "summit" in (target.event_type, other.event_type):
        target.event_type = "summit"
    elif other.round_number and not target.round_number:
        target.event_type = other.event_type


#: A duration ahead of the first day: "began on Saturday and is set to last 11 days", "talks … expected to last three days"
_LASTS = gated(re.compile(r"\b(?:to\s+last|will\s+last|would\s+last|lasts|lasting)\s+(?:for\s+)?(?:about\s+|some\s+)?"
                          r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-4])\s+days\b", re.I))
_MORE_DAYS = {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def lasts_days(text: str) -> int | None:
    """The days a gathering is to last from its first day, as the sentence says ("set to last 11 days"), or None."""
    m = _LASTS.search(text)
    if m is None or any(not text[e.end():e.end() + 1] == "-" for e in _ENDED.finditer(text)):  # ("closed-door" ends nothing)
        return None
    word = m.group("n").lower()
    return _DAYS.get(word) or _MORE_DAYS.get(word) or int(word)


def extend_by_duration(c: Candidate, days: int | None) -> None:
    """A gathering dated by its first day alone runs for the days its text says it lasts (round 160)."""
    if days and c.event_type in (*_TALKS, "visit") and c.first is not None and c.first == c.last and c.precision == "day":
        c.last = c.first + dt.timedelta(days=days - 1)


def _durations(text: str, out: list[Candidate]) -> None:
    """A single day with a duration in its sentence: "two days of talks that ended on Wednesday" (Tuesday-Wednesday),
    "arrived on Monday on a three-day visit" (Monday-Wednesday). Without a verb that says which end the day is, nothing."""
    m = _DURATION.search(text)
    if m is None:
        for c in out:
            extend_by_duration(c, lasts_days(text))
        return
    word = (m.group("n") or m.group("k")).lower()
    n = _DAYS.get(word) or int(word)
    ended, started = _ENDED.search(text), _STARTED.search(text) or _FROM_DAY.search(text)
    if bool(ended) == bool(started):
        return
    for c in out:
        if c.event_type == "visit" and c.first is None and ended:
            c.lasts = n  # "concluded a two-day visit", no day: the arrival told elsewhere starts it (round 473)
        if c.event_type in (*_TALKS, "visit") and c.first is not None and c.first == c.last and c.precision == "day":
            if ended:
                c.first = c.last - dt.timedelta(days=n - 1)
            else:
                c.last = c.first + dt.timedelta(days=n - 1)
                c.lasts = n  # kept when another mention of the gathering, dated by its first day alone, absorbs this one (round 393)


_ROUND_OR_TALK = literal_gated(re.compile(r"(?i)round|session|meeting|talks|summit|visit|come\s+to"))  # (read on every quote)
_QUOTE_PLAN = gated(re.compile(r"\b(?:will|shall|to|plan\s+to|plans\s+to|going\s+to)\s+(?:also\s+)?(?:be\s+held|take\s+place|hold|meet|convene|"
                               r"visit|come\s+to|travel\s+to|open|start|begin)\b"
                               # a plan told by its timetable, not a verb of the future (round 830): "the meeting is due at the
                               # end of May", "talks are scheduled for May 20", "the meeting taking place next week"
                               r"|\b(?:is|are)\s+(?:due|scheduled|slated|set)\s+(?:for|on|at|in)\b|\btaking\s+place\b", re.I))


#: Gatherings a quote may plan that `_ROUND_OR_TALK` does not name (round 830): "the delegations will meet again",
#: "the consultations are scheduled for May 20", "negotiations will resume"
_PLAN_WORDS = ("meet", "consultation", "negotiation")


#: The parties of a planned gathering told after its verb: "will take place in Bendery between X and Y" (round 830)
_BETWEEN = re.compile(r"[^.;,⟦]{0,40}?\bbetween\s")


def _planned_in_quote(q: str, unit: Unit, order: int, anchor: dt.date | None, roster: Roster, in_quote: list[Mention],
                      dateline: str | None) -> list[Candidate]:
    """A round, meeting or visit the speaker announces inside a quote, with a future date of its own ("the next round
    will take place on December 21-22", "we will come to the region in late January"); past acts in quotes are context."""
    if not in_quote and not _ROUND_OR_TALK.search(q) and not any(map(q.__contains__, _PLAN_WORDS)):
        return []
    out: list[Candidate] = []
    future = [d for d in find_dates(q, anchor) if d.future] if _QUOTE_PLAN.search(q) else []
    for plan in _QUOTE_PLAN.finditer(q) if future else ():
        dates = [d for d in future if plan.start() < d.start and d.start - plan.end() <= 80]  # ("is due at the end of May")
        clause = max(q.rfind(".", 0, plan.start()), q.rfind(";", 0, plan.start())) + 1
        if not dates:  # the day put first in the plan's own clause (round 830): "Tomorrow, in X, a meeting will take place"
            dates = [d for d in future if clause <= d.start and d.end <= plan.start() and plan.start() - d.end <= 80][-1:]
        if not dates:
            continue
        span = q[min(plan.start(), dates[0].start):max(plan.end(), dates[0].end) + 30]
        words = q[max(0, min(plan.start(), dates[0].start) - 90):max(plan.end(), dates[0].end)].lower()
        kind = "visit" if re.search(r"visit|come\s+to|travel\s+to", plan.group(), re.I) else \
            "summit" if "summit" in words else "talk_round" if re.search(r"\b(?:round|session|talks|negotiations)\b", words) \
            else "meeting" if "meeting" in words or "meet" in plan.group().lower() or "consultations" in words else None
        if kind == "meeting" and any(m.role == "process" and plan.start() - 90 <= m.start <= dates[0].end for m in in_quote):
            kind = "talk_round"  # "the next International Meeting on Syrian Settlement": the process's own session
        if kind in ("meeting", "talk_round") and names_heads_gathering(
                q[max(0, min(plan.start(), dates[0].start) - 90):max(plan.end(), dates[0].end)]):  # (as written: names
            kind = "summit"  # are capitalised) "to hold the next meeting of the Supreme Eurasian Economic Council" (874)
        if kind is None:
            continue
        c = Candidate(kind, unit.paragraph, order, evidence=[unit.raw])
        c.set_date(dates[0])
        c.future = True
        c.processes = [m.key for m in in_quote if m.role == "process"]
        c.venue = venue_of(span, roster, 0, None, kind == "visit")
        # its parties: the subject of the plan ("the guarantor countries - Russia, Turkey and Iran - plan to hold"), not the
        # clause before a participle ("we prepare the meeting taking place …"); or those it is "between" (round 830)
        subject = (clause, plan.start()) if not plan.group().lower().startswith("taking") else (0, 0)
        between = _BETWEEN.match(q, plan.end())
        parties = (between.end(), next((i for i in (q.find(".", between.end()), q.find(";", between.end())) if i >= 0),
                                       len(q))) if between else (0, 0)
        for a in find_actors(q, roster, roster.lexicon.scan(q)):
            if any(lo <= a.start < hi for lo, hi in (subject, parties)) and not a.topic and a.prep in (None, "and", "of"):
                c.actors.setdefault(a.key, "participant")
        out.append(c)
    return out


def _round_processes(start: int, end: int, scanned: list[Mention]) -> list[str]:
    """Processes named inside a round's own phrase count twice."""
    return [m.key for m in scanned if m.role == "process" and start <= m.start and m.end <= end] * 2
