"""Past gatherings told as a list of places and months after one noun (round 1085).

Background paragraphs sum up a series in one sentence: "the two leaders met three times -- in Singapore in June 2018,
in Hanoi in February 2019 and at Panmunjom in June 2019"; "the council has met five times since: in June 1996 in
Florence; in December 1996 in London; …"; "The second summit was held in Tehran in 2007, the third in Baku in 2010 and
the fourth in Astrakhan in 2014". Each item is a gathering of its own, with its own place and month or year
(docs/extraction.md, "Annotation guideline": background gatherings with a date are events), but the sentence rules make
at most one event of the sentence, so the others were missed. An item is "in/at <Place> in <month year | year>" or
"in <month year | year> … in <Place>", led by nothing but a list separator or an ordinal ("the third"); at least two
items must stand in one sentence that names a gathering before them, and the items are past (a list of planned
sessions stays with the plan rules). An item whose month the sentence's own events already carry is not told twice.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import sentence_dates
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import fast_start, gated
from tracker.extract.venues import venue_of

_GATHERINGS = ("meeting", "talk_round", "summit")
#: A gathering named before the list: "met three times", "five previous rounds", "the second Caspian summit"
_NOUN = gated(re.compile(r"(?i)\b(?:(?P<summit>summits?)|(?P<round>rounds?|sessions?|talks|negotiations)|"
                         r"meetings?|met|times|conferences?|gatherings?|came\s+together|come\s+together)\b"))
#: Where one item of the list starts: after a separator, with an optional ordinal ("the third") before "in"/"at"
_ITEM = re.compile(r"(?:^|[,;:–—]|--|\band\b)\s*(?:and\s+)?(?:the\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
                   r"eighth|ninth|tenth|last\s+one|previous\s+one)\s+)?(?:(?:was\s+)?held\s+)?(?P<prep>in|at)\s+"
                   r"(?=(?:the\s+)?(?:[a-z][\w-]*\s+){0,5}[A-Z0-9])")
#: A plan is no background: "will meet in Lima in May and in Quito in June"
_FUTURE = fast_start(re.compile(r"\b(?:will|shall|to\s+be\s+held|scheduled|planned|next|upcoming)\b", re.I))  # ((?i) as a flag: `fast_start` reads it)


def _items(text: str) -> list[tuple[int, int]]:
    """The spans of the list items of `text`: each runs from its "in"/"at" to the next item's start or the end."""
    starts = [m.start("prep") for m in _ITEM.finditer(text)]
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(text)])]


def listed_gatherings(text: str, raw: str, found: list[Candidate], roster: Roster, anchor: dt.date | None,
                      paragraph: int, order: int) -> list[Candidate]:
    """New gatherings for the items of a past list in `text` that no candidate of the sentence already dates."""
    if ("in " not in text and "at " not in text) or (noun := _NOUN.search(text)) is None or _FUTURE.search(text):
        return []
    dates = [d for d in sentence_dates(text, anchor) if d.precision in ("month", "year") and not d.future
             and not d.relative and d.start > noun.start()]
    if len(dates) < 2:
        return []
    items = []
    for start, end in _items(text):
        if start < noun.start():
            continue
        inside = [d for d in dates if start <= d.start < end]
        if len(inside) != 1 or not re.search(r"\b[A-Z][\w’'-]+", text[start:end].replace(inside[0].text, "")):
            continue  # one month per item, and a place beside it
        items.append((start, end, inside[0]))
    if len(items) < 2:
        return []
    own = next((c for c in found if c.event_type in _GATHERINGS), None)
    kind = own.event_type if own else ("summit" if noun.group("summit") else "talk_round" if noun.group("round")
                                       else "meeting")
    told = {(c.first, c.precision) for c in found}
    out: list[Candidate] = []
    for start, end, date in items:
        if (date.first, date.precision) in told:
            continue
        told.add((date.first, date.precision))
        c = Candidate(kind, paragraph, order, evidence=[raw], actors=dict(own.actors) if own else {},
                      processes=list(own.processes) if own else [])
        c.set_date(date)
        c.venue = venue_of(text[start:end], roster, 0, None)
        out.append(c)
    return out


__all__ = ["listed_gatherings"]
