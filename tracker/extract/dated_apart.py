"""Whether a sentence's verbs already have their own dates, so a later date belongs to an event noun (round 861).

"The delegations met in Vienna on Monday, the first meeting since the last round in March 2022", "The ministers met in
Ankara on Tuesday, a week after their talks in Cairo on May 2": news English names a second, earlier or later act by a
noun with its own date in the same sentence as the act its verb reports. `triggers.noun_triggers` reads an event noun
only when no verb reports an event, since otherwise "met in Geneva on Monday" would give the verb's date to a noun
as well ("adopted a statement at the end of the meeting on Wednesday": the verb's date); when every such verb has
another date nearer to it than this one, this date is not the verb's, and the noun before it owns it.
"""
from __future__ import annotations

import re
from typing import Protocol

#: An infinitive between the verb and the date: "agreed on Friday to reopen the talks in March", "met on Monday to prepare
#: the summit in June": the noun is what the verb's act aims at, a plan, not an act with a date of its own
_AIMED_AT = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b")


class _Span(Protocol):
    start: int
    end: int


def _gap(a: _Span, b: _Span) -> int:
    """Characters between two spans of one sentence (0 when they touch or overlap)."""
    return max(0, a.start - b.end, b.start - a.end)


def verbs_dated_apart(text: str, date: _Span, dates: list, verbs: list) -> bool:
    """True when each of `verbs` (non-speech triggers) has a date other than `date` nearer to it than `date` is, and
    the date is told as past (a planned gathering's date is read by the rules of plans) with no infinitive before it."""
    if not verbs or getattr(date, "future", False) or _AIMED_AT.search(text, min(v.end for v in verbs), date.start):
        return False
    others = [d for d in dates if d is not date and _gap(d, date) > 0]
    return all(any(_gap(o, v) < _gap(date, v) for o in others) for v in verbs)


#: What opens an adverbial phrase or an apposition before the noun: "a week after their talks", "since the last meeting",
#: "in accordance with the 2008 agreement", ", the first since the summit" (not "of", which hangs the noun on another
#: noun, nor a verb, whose object the noun is: "submitted the principles of the treaty in February")
_ADJUNCT_BEFORE = re.compile(r"(?:\b(?:after|since|before|following|at|during|with|from|on|by|than|like|under|ahead\s+of|"
                             r"and|or|to|in|amid)|,)\s*$", re.I)


def in_adjunct(text: str, start: int) -> bool:
    """True when the noun phrase at `start` stands in an adverbial phrase or an apposition, not as a verb's object."""
    return re.match(r"(?i)(?:after|following)\b", text[start:start + 10]) is not None \
        or _ADJUNCT_BEFORE.search(text, max(0, start - 30), start) is not None


__all__ = ["in_adjunct", "verbs_dated_apart"]
