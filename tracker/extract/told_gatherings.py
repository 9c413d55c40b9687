"""A gathering of some days that a dated speech act reports (round 532): "The envoy said on Tuesday that the informal
meeting, held over two days in Lisbon, had made progress"; "On May 5, the mediators announced the conclusion of two
days of discussions in Lisbon".

The gathering has no date of its own, so it was kept undated (the lead's event) or dropped, while the words that report
it carry the day. A speaker who tells, on a day, of a gathering of N days that is over, speaks at its close: the
gathering is the N days ending on the day of the words (as "two days of talks that ended on Wednesday" is read in
`spans._durations`). Only with the length told: "said on Tuesday that the meeting had made progress" gives no day to a
meeting that may be weeks old.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.venues import venue_of

_GATHERINGS = ("meeting", "talk_round", "summit")
_N = r"(?P<n>two|three|four|five|six|seven|[2-7])"
#: The length of a gathering that is over: "held over two days", "two days of talks", "the three-day meeting"
_LENGTH = gated(re.compile(r"\b(?:held|took\s+place|lasted|ran|met)\s+(?:over|for)\s+" + _N + r"\s+days\b|"
                           r"\b(?:the\s+)?(?:conclusion|end|close)\s+of\s+(?:the\s+)?" + _N.replace("<n>", "<m>")
                           + r"\s+days\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations|meetings|discussions)\b", re.I))
#: Words that make the gathering one to come, not one over
_AHEAD = re.compile(r"\b(?:will|would|shall|to\s+be\s+held|scheduled|planned|expected|next|upcoming)\b", re.I)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _length(sentence: str) -> int | None:
    m = _LENGTH.search(sentence)
    if m is None or _AHEAD.search(sentence):
        return None
    n = m.group("n") or m.group("m")
    return _DAYS.get(n.lower()) or int(n)


def date_told_gatherings(events: list[Candidate], roster: Roster) -> list[Candidate]:
    """`events`, each undated gathering dated by the dated speech act of its sentence when the sentence tells its length
    (see the module); a speech act that announces "the conclusion of N days of discussions" with no gathering in its
    sentence gets that gathering beside it, its speakers the parties."""
    out = list(events)
    for c in events:
        if c.first is not None or c.future or c.event_type not in _GATHERINGS:
            continue
        words = next((s for s in events if s.order == c.order and s.event_type in SPEECH_TYPES and s.first is not None
                      and s.dated_by == "text" and s.precision == "day"), None)
        days = _length(c.evidence[0]) if words is not None else None
        if days is not None:
            c.first, c.last, c.precision, c.dated_by = words.first - dt.timedelta(days=days - 1), words.first, "day", "context"
    for words in events:
        if words.event_type not in SPEECH_TYPES or words.first is None or words.dated_by != "text" or words.precision != "day" \
                or any(c.order == words.order and c.event_type in _GATHERINGS for c in events):
            continue
        m = _LENGTH.search(words.evidence[0])
        if m is None or not m.group("m") or _AHEAD.search(words.evidence[0]):
            continue
        days = _DAYS.get(m.group("m").lower()) or int(m.group("m"))
        c = Candidate("meeting", words.paragraph, words.order, evidence=list(words.evidence[:1]), talks=True)
        c.first, c.last, c.precision, c.dated_by = words.first - dt.timedelta(days=days - 1), words.first, "day", "context"
        c.actors = {k: "participant" for k in words.actors}
        c.processes = list(words.processes)
        c.venue = venue_of(words.evidence[0][m.end():], roster, 0, None)  # "… of two days of discussions in Doha"
        out.insert(out.index(words) + 1, c)
    return out
