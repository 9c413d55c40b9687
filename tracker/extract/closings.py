"""The end of a gathering that has begun: "The talks opened on Monday and will end on Thursday" (docs/extraction.md,
"Dates": end dates of multi-day events; rounds 250-259).

A gathering told as held from its first day and, in the same sentence or in a sentence that follows it, as closing on a
later day ("will end / conclude / close / wrap up on Friday", "will run until Friday", "is expected to end on
Thursday", "will continue over the weekend") is one event over both days. Without this, the opening day was the event
and the closing day a second, planned one.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import find_dates
from tracker.extract.prefilter import fast_start

_GATHERINGS = ("talk_round", "meeting", "summit", "visit")
#: The closing verb of a gathering under way, ahead of its day
_CLOSING = fast_start(re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:expected|due|scheduled|set|slated|planned)\s+to|to)\s+"
                      r"(?:(?:end|conclude|close|finish|wrap\s+up)|(?:run|continue|last|go\s+on)\s+"
                      r"(?:until|till|through|to|into|over)|continue\s+(?:on|over|through|into))\s+", re.I))
#: The gathering named again as the subject of the closing: "The talks will end …", "The round is expected to close …"
_SUBJECT = re.compile(r"^(?:The|This|These|Those|It|They|Their|Its)\b(?:\s+[\w-]+){0,4}?\s*(?:talks|round|session|meeting|"
                      r"meetings|negotiations|consultations|discussions|summit|visit|conference|it|they)?\b", re.I)
#: The longest a gathering is read to run from its first day to the day it closes
_LONGEST = 14


def _closing_day(sentence: str, anchor: dt.date | None, after: dt.date) -> tuple[dt.date, int] | None:
    """The day the sentence says a gathering closes on (the last of a span: "over the weekend" is its Sunday), and where
    its closing phrase starts; None when it names none after `after` and at most two weeks on."""
    m = _CLOSING.search(sentence)
    if m is None:
        return None
    for d in find_dates(sentence[m.start():], anchor):
        if d.start > m.end() - m.start() + 4:
            break
        if d.start >= m.end() - m.start() - 6 and d.precision == "day" and after < d.last <= after + dt.timedelta(days=_LONGEST):
            return d.last, m.start()
    return None


def join_closings(events: list[Candidate], anchor: dt.date | None) -> list[Candidate]:
    """The events, each gathering under way given the day its text says it closes, and the planned "event" of that
    closing day dropped."""
    dropped: set[int] = set()
    for held in events:
        if held.event_type not in _GATHERINGS or held.future or held.first is None or held.precision != "day" \
                or ((held.last or held.first) - held.first).days > 6:
            continue
        closing = _closing_day(held.evidence[0], anchor, held.last or held.first) if held.evidence else None
        later = None
        if closing is None:  # "… began on Monday. The talks will wrap up on Friday."
            later = next((c for c in events if c is not held and c.future and c.order in (held.order + 1, held.order + 2)
                          and c.event_type in _GATHERINGS and c.precision == "day" and c.first is not None
                          and c.paragraph - held.paragraph <= 1 and c.evidence and _SUBJECT.match(c.evidence[0])
                          and (not c.round_number or c.round_number == held.round_number)), None)
            closing = _closing_day(later.evidence[0], anchor, held.last or held.first) if later is not None else None
            if closing is None or closing[0] != later.last:
                continue
        held.last = closing[0]
        for c in events:  # the closing day told as a planned gathering of its own
            if c is not held and c.future and c.event_type in _GATHERINGS and (c is later or c.order == held.order
                                                                               and c.first == closing[0]):
                dropped.add(id(c))
    return [c for c in events if id(c) not in dropped]


_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: A later sentence that gives the gathering just told its length: "The talks lasted three days", "The visit ran for four days",
#: "The two-day meeting brought together …" (any verb, round 883; not a noun phrase that names a gathering of its own,
#: "The 2-day meetings for the 4th conference …")
_LASTED = re.compile(r"^(?:The|These|Those|Their|Its|This)\s+(?:[\w-]+\s+){0,3}?(?:talks|round|session|meeting|meetings|negotiations|"
                     r"consultations|discussions|summit|visit|conference)\s+(?:lasted|ran|went\s+on|continued)\s+(?:for\s+)?"
                     r"(?:about\s+|some\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+days\b"
                     r"|^(?:The|This|These|Those)\s+(?P<adj>two|three|four|five|six|seven|eight|nine|ten|[2-9])-day\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:talks|round|session|meeting|meetings|negotiations|consultations|discussions|summit|visit|conference)"
                     r"(?=,|\s+(?!(?:for|of|on|in|at|between|with|to|under|among|and|or)\b)[a-z])", re.I)
_ENDED_VERB = re.compile(r"\b(?:ended|concluded|closed|finished|wrapped\s+up|will\s+(?:end|conclude|close)(?=\s+(?:on|in|at|by|today|tomorrow|[A-Z])))")
#: The same length named by a definite noun phrase inside a later sentence (round 962): "…, while the two-day
#: consultations go on", "will lead the delegation in the four-day talks"; not one of a gathering to come told of its own
#: ("agreed to hold a summit …, and the two-day summit will be …": a gathering named in that sentence comes first)
_NAMED_LENGTH = re.compile(r"\b(?:the|these|those|this)\s+(?P<adj>two|three|four|five|six|seven|[2-7])-day\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:talks|round|session|meeting|negotiations|consultations|discussions|summit|visit|conference)\b", re.I)


def join_lengths(events: list[Candidate], sentences: list[tuple[int, str]]) -> None:
    """A gathering dated by one day, that the next sentence says lasted N days, runs N days from it (or to it, when its
    own sentence says it ended that day): "The ministers met in Lima on March 3. The talks lasted three days." (round
    259). `sentences` are (order, text) of the article's sentences."""
    if not any(_LASTED.match(text) or "-day" in text and _NAMED_LENGTH.search(text) for _, text in sentences):
        return
    by_order = dict(sentences)
    gatherings = sorted((c for c in events if c.event_type in _GATHERINGS), key=lambda c: c.order)
    for c in events:
        if c.event_type not in _GATHERINGS or c.first is None or c.precision != "day" or (c.last or c.first) != c.first:
            continue
        # the next sentence, or one of the three after it when no other gathering is told before it: "… concluded in
        # Vilnius today." + two quotes + "The two-day meeting brought together …" (round 883)
        after = [o.order for o in gatherings if o.order > c.order]  # (the sentence may tell the gathering again itself)
        stop = max(c.order + 1, min(c.order + 4, after[0]) if after else c.order + 4)
        m = None if c.future else next((m for i in range(c.order + 1, stop + 1) if (m := _LASTED.match(by_order.get(i, "")))), None)
        if m is None:  # the length named inside the next sentence, when no gathering is told in it (a planned one too)
            m = _NAMED_LENGTH.search(by_order.get(c.order + 1, "")) if c.order + 1 not in after else None
        if m is None or not c.evidence:
            continue
        word = (m.groupdict().get("n") or m.group("adj")).lower()  # "The talks lasted three days", "The two-day meeting is …" (round 393)
        n = _DAYS.get(word) or int(word)
        if _ENDED_VERB.search(c.evidence[0]):
            c.first = c.last - dt.timedelta(days=n - 1) if c.last else c.first - dt.timedelta(days=n - 1)
        else:
            c.last = c.first + dt.timedelta(days=n - 1)


#: A later sentence of the same gathering that says it ended, in the past, on a day (round 1056): "The first round ended
#: on October 22, when …", "The talks concluded on Friday"; the gathering named as its subject, the date right after the
#: verb (only the noun and verb are read case-blind: "closed doors" is no day)
_ENDED_ON = re.compile(r"^(?i:The|This|These|Those|Its|Their)\b(?:\s+[\w-]+){0,4}?\s+(?i:round|talks|session|meeting|meetings|"
                       r"negotiations|consultations|discussions|summit|visit|conference|dialogue)\b[^.;,]{0,40}?\b"
                       r"(?i:ended|concluded|closed|wrapped\s+up|finished)\s+(?=on\s|[A-Z])")


def join_told_ends(events: list[Candidate], anchor: dt.date | None) -> None:
    """A gathering dated by its first day, whose own evidence tells in another sentence that it ended on a later day
    ("On October 14, the first round … started." + "The first round ended on October 22, …"), runs to that day, when
    that day is past and at most two weeks after the first (round 1056)."""
    for c in events:
        if c.event_type not in _GATHERINGS or c.first is None or c.precision != "day" or (c.last or c.first) != c.first:
            continue
        for sentence in c.evidence[1:]:
            m = _ENDED_ON.match(sentence) if "ed " in sentence else None  # a cheap gate: every verb read ends in "ed"
            if m is None:
                continue
            tail = sentence[m.end():]
            day = next((d for d in find_dates(tail, anchor) if tail[:d.start].strip() in ("", "on")), None)
            if day is not None and day.precision == "day" and c.first < day.last <= c.first + dt.timedelta(days=_LONGEST) \
                    and (anchor is None or day.last <= anchor):
                c.last = day.last
                break


#: A later sentence of the same gathering that says it began, in the past, on a day (round 1131): "The third round of
#: talks … began in Istanbul on Thursday", "The talks opened on Monday"; the gathering named as its subject
_BEGAN = re.compile(r"^(?i:The|This|These|Those|Its|Their)\b(?:\s+[\w-]+){0,6}?\s+(?i:round|talks|session|meeting|meetings|"
                    r"negotiations|consultations|discussions|summit|visit|conference|dialogue)\b[^.;,]{0,60}?\b"
                    r"(?i:began|started|opened|kicked\s+off|got\s+under\s*way|commenced)\b")


def join_told_starts(events: list[Candidate], anchor: dt.date | None) -> None:
    """A gathering dated by the day it ended, whose own evidence tells in another sentence that it began on an earlier day
    ("… ended on Friday without any agreement." + "The third round … began in Istanbul on Thursday"), runs from that day,
    when it is at most two weeks before (round 1131; the mirror of `join_told_ends`)."""
    for c in events:
        if c.event_type not in _GATHERINGS or c.first is None or c.precision != "day" or (c.last or c.first) != c.first \
                or c.future or not c.evidence or not _ENDED_VERB.search(c.evidence[0]):
            continue  # dated by the day it ended: not "resumed on Wednesday" + "The round started on December 12"
        for sentence in c.evidence[1:]:
            m = _BEGAN.match(sentence)  # anchored at the sentence's start: tried once per sentence
            if m is None:
                continue
            tail = sentence[m.end():]
            day = next((d for d in find_dates(tail, anchor) if d.start <= 40), None)  # "began in Istanbul on Thursday"
            if day is not None and day.precision == "day" and not day.future \
                    and c.first - dt.timedelta(days=_LONGEST) <= day.first < c.first:
                c.first = day.first
                break


__all__ = ["join_closings", "join_lengths", "join_told_ends", "join_told_starts"]
