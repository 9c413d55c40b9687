"""The last day of a held gathering that another sentence of the story tells by its length (round 1320).

A wire dates a gathering by the day it opened ("… began talks in X on Wednesday") and tells how long it ran only in
another sentence, not as a noun phrase of the gathering itself (those are `closings.join_lengths`): "The accord was
reached after three days of talks …", "… announced a ceasefire late on Thursday, following two days of intense
talks …", or by the ordinal of a later day: "The second day of the dialogue resumed today". The guideline dates a
multi-day gathering by its first and last days ("Dates": end dates of multi-day events), so without this the gathering
was one day long.

Read only when the story holds the words ("days of", "day of"), and only for a gathering held on one day, that the
length brings to a day that is past: "after three days of talks last week" under a round that opens on the page's
own day is another gathering.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import find_dates

_GATHERINGS = ("talk_round", "meeting", "summit", "visit")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6,
            "7": 7}
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NOUNS = r"(?:talks|negotiations|consultations|discussions|meetings|dialogue)"
#: A length of talks told after a preposition of the outcome it led to: "after three days of talks", "following two
#: days of intense talks", "during three days of talks between …"; not a length still to come ("will hold two days of
#: talks") nor one of an outcome ("two days of fighting")
_DAYS_OF = re.compile(r"\b(?:after|following|during|at\s+the\s+end\s+of|concluding|ending)\s+(?:the\s+)?"
                      r"(?P<n>two|three|four|five|six|seven|[2-7])\s+days\s+of\s+(?:[a-z-]+\s+){0,2}?" + _NOUNS + r"\b", re.I)
#: The ordinal of a later day of the gathering, with that day told in the same sentence: "The second day of the dialogue
#: resumed today, Monday", "On Tuesday, the third day of the talks, …"
_DAY_OF = re.compile(r"\b(?P<k>second|third|fourth|fifth|sixth|seventh)\s+day\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                     + _NOUNS + r"\b", re.I)


def _held_once(events: list[Candidate]) -> list[Candidate]:
    """The gatherings held on one day of their own (the only ones a told length can stretch)."""
    return [c for c in events if c.event_type in _GATHERINGS and c.first is not None and c.precision == "day"
            and (c.last or c.first) == c.first and not c.future]


def join_told_lengths(events: list[Candidate], sentences: list[tuple[int, str]], anchor: dt.date | None) -> None:
    """Each held gathering dated by one day given the last day that a length told in another sentence gives it: N days of
    talks from its day (when one such gathering has its last day by `anchor`, and one length is told), or the day
    a sentence calls its k-th (when that day is k - 1 days after its own). `sentences` are (order, text)."""
    if anchor is None:
        return
    told = [text for _, text in sentences if "day" in text and ("days of" in text or " day of" in text)]
    if not told:
        return
    held = _held_once(events)
    lengths = {_NUMBERS[m.group("n").lower()] for text in told for m in _DAYS_OF.finditer(text)}
    if len(lengths) == 1:  # one length told, and one gathering it can be the length of: one that ran by the page's day
        n = lengths.pop()
        fits = [c for c in held if c.first + dt.timedelta(days=n - 1) <= anchor]
        if len(fits) == 1:
            fits[0].last = fits[0].first + dt.timedelta(days=n - 1)
    for text in told:
        for m in _DAY_OF.finditer(text):
            k = _ORDINALS[m.group("k").lower()]
            days = {d.first for d in find_dates(text, anchor) if d.precision == "day" and d.first == d.last and not d.future}
            if len(days) != 1:  # ("… December 15 … resumed today, Monday": one day, told three times)
                continue
            day = days.pop()
            for c in held:
                if c.first + dt.timedelta(days=k - 1) == day and (c.last or c.first) == c.first:
                    c.last = day


__all__ = ["join_told_lengths"]
