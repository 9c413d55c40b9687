"""A gathering to come told by its noun phrase alone, with its own date (round 1176).

Wires tell the gathering a story leads up to in a phrase beside another clause: "ahead of a planned third summit
next month", "Following the envisaged May 30 summit between X and Y, …", "in preparation for a meeting of the agency's
board on June 7", "the joint council, which will be held in Rabat in September". No verb the triggers read makes it (the
noun is the object of a preposition, or its verb is a passive of planning), so the gathering was missed, where the
guideline records a planned gathering with its date (docs/extraction.md, "What counts as an event": a meeting to come
is an event). The rule reads a gathering noun marked as awaited, before it ("planned", "upcoming", "forthcoming",
"envisaged", "scheduled", "ahead of", "in preparation for") or after it ("which will be held", "scheduled for", "set
for", "planned for"), and a future date in its own phrase (`noun_gatherings.own_date`). Guards: a sentence with an act of
its own, a day the article's gatherings already have, a date that is not to come, a count.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.dates import DateMention, sentence_dates
from tracker.extract.noun_gatherings import GATHERINGS, WHOLE, gathering_of, noun_gatherings, own_date
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated

#: The gathering nouns an awaited gathering is told by
_NOUNS = r"summit|meeting|talks|negotiations|consultations|session"
#: A gathering noun marked as awaited before it: "ahead of a planned second summit", "the envisaged June 12 summit"
_BEFORE = gated(re.compile(
    r"(?i)\b(?:planned|upcoming|forthcoming|envisaged|scheduled|ahead\s+of|in\s+preparation\s+for|preparations\s+for)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'.—–-]+\s+){0,5}?(?P<noun>"
    rf"{_NOUNS})\b"))
#: Or after it (and after the body it is of), by its own verb of planning: "the council, which will be held in Rabat",
#: "a session of the Joint Commission scheduled for October 3"
_AFTER = gated(re.compile(
    rf"(?i)\b(?P<noun>{_NOUNS})\b(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{1,12}}?"
    r"[A-Z][\w’'-]*)?,?\s+(?:(?:which|that)\s+(?:will|wil|is\s+to|"
    r"are\s+to)\s+(?:be\s+held|take\s+place)|(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+|have\s+been\s+)?(?:scheduled|"
    r"set|planned|slated|due)\s+(?:for|to\s+be\s+held|to\s+take\s+place))\b"))
#: How far ahead a year-less day read as past may be moved for a plan (days)
_AHEAD = 180
#: A count is no one gathering: "ahead of two meetings in June"
_COUNTED = re.compile(r"(?i)\b(?:two|three|four|five|several|multiple|series\s+of|rounds?\s+of)\s+(?:[\w-]+\s+){0,2}$")


def _to_come(d: DateMention, anchor: dt.date) -> DateMention:
    """A day without a year that the tense read as past is the next one for an awaited gathering ("Following the
    envisaged June 12 summit, …" published in May: this June), within half a year (a day just gone is past)."""
    if d.first > anchor or d.precision != "day" or d.relative or re.search(r"\d{4}", d.text):
        return d
    try:
        first, last = d.first.replace(year=d.first.year + 1), d.last.replace(year=d.last.year + 1)
    except ValueError:  # 29 February
        return d
    return replace(d, first=first, last=last, future=True) if 0 < (first - anchor).days <= _AHEAD else d


def awaited_gatherings(text: str, raw: str, found: list[Candidate], before: list[Candidate], roster: Roster,
                       anchor: dt.date | None, paragraph: int, order: int) -> list[Candidate]:
    """A new gathering for one `text` tells as awaited by its noun phrase with a date to come, when the sentence made
    none."""
    if anchor is None or any(c.event_type not in SPEECH_TYPES for c in found) or not WHOLE.search(raw) \
            or not sentence_dates(text, anchor):  # (remembered) no date, none to come: the noun phrases unread
        return []
    m = _BEFORE.search(text) or _AFTER.search(text)
    if m is None or _COUNTED.search(text[max(0, m.start("noun") - 40):m.start("noun")]):
        return []
    dates = [_to_come(d, anchor) for d in sentence_dates(text, anchor)]
    dates = [d for d in dates if d.first > anchor]
    noun = re.compile(re.escape(m.group("noun"))).search(text, m.start("noun"))
    date = own_date(text, noun, dates, planning=True)
    if date is None or any(c.event_type in GATHERINGS and c.first == date.first for c in before + found):
        return []
    c = gathering_of(text, raw, noun, date, roster, paragraph, order)
    c.future = True
    return [c]


def named_gatherings(text: str, raw: str, found: list[Candidate], before: list[Candidate], roster: Roster,
                     anchor: dt.date | None, paragraph: int, order: int) -> list[Candidate]:
    """The gatherings `text` names only by their noun phrase: a past one with its date (round 1175), else an awaited
    one with a date to come (round 1176), which sees the first as the sentence's own."""
    past = noun_gatherings(text, raw, found, before, roster, anchor, paragraph, order)
    return past + awaited_gatherings(text, raw, found + past, before, roster, anchor, paragraph, order)


__all__ = ["awaited_gatherings", "named_gatherings"]
