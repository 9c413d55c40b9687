"""Pages that show no publication date: their events, with only the dates the text fixes by itself.

A page with no timestamp, header or dated dateline ("The delegations met in Doha on Sunday", "will visit Türkiye in
August") used to give only the events dated by a full date; every event dated by a weekday, "last week" or a year-less
day was dropped, though the guideline records it undated (docs/extraction.md, "Pages without a date"). Now the article
is read twice against two probe days 52 weeks apart (the same weekday, another year): a date that comes out the same
both times is one the text fixes ("on 12 March 2023"), and one that moves is relative and is left undated, for the
analyst to date by giving the publication date (`tracker ingest --published`, the review page's Publication date).
One exception (round 550): an event whose relative words ("on Wednesday and Thursday") land, on the first probe day, on
the very span a sentence of the same event gives in full ("on May 24-25, 2023") keeps that span: the text fixes it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from tracker.extract.article import Article, with_published
from tracker.extract.dates import find_dates

if TYPE_CHECKING:
    from tracker.extract.assemble import Extraction
    from tracker.extract.candidate import Candidate

#: The second probe day is this far after the first: the same weekday, so "on Sunday" keeps its place in the week
PROBE_GAP = dt.timedelta(weeks=52)


def probe_day(article: Article, today: dt.date) -> dt.date:
    """A stand-in publication day: the day after the latest full date the text names, else `today`.

    Close to the real one, so the rules that weigh how far an event lies from publication (background or news) read
    the page much as they would with its date."""
    text = f"{article.title or ''}\n{article.body}"
    named = [m.last for m in find_dates(text, None) if m.precision == "day"]
    return min(max(named) + dt.timedelta(days=1), today) if named and max(named) < today else today


def fixed_dates_only(read: Callable[[Article, bool], Extraction], article: Article, today: dt.date) -> tuple[Extraction, int]:
    """What `read` gives for `article` (which has no publication date), each event dated only by what the text fixes.

    `read` extracts a dated article (and, when its second argument is true, chooses the events' actors: the later
    reading gives only each event's type, first sentence and dates, which the learned step choosing actors, run last,
    leaves as they are, so it is skipped there). Returns the first probe day's reading, its events whose dates moved between the
    two readings made undated (`dated_by` "none"), and how many were. The later day is read first, so that what the
    lexicon keeps of the article at the end is the reading returned."""
    first_day = probe_day(article, today)
    later = {(c.event_type, c.evidence[0]): c for c in read(with_published(article, first_day + PROBE_GAP), False).events}
    reading = read(with_published(article, first_day), True)
    undone = 0
    for c in reading.events:
        twin = later.get((c.event_type, c.evidence[0]))
        if c.first is None or twin is not None and (twin.first, twin.last) == (c.first, c.last):
            continue
        if _told_in_full(c):  # "context": below a date the words give themselves, so the confidence is lower
            c.dated_by = "context"
            reading.notes.append(f"{article.label}: {c.event_type} dated {c.first}..{c.last or c.first} by its weekdays, which "
                                 "fall on the full date another of its sentences gives; check it against the publication date")
            continue
        c.first = c.last = c.precision = None
        c.dated_by = "none"
        undone += 1
    return reading, undone


def _told_in_full(c: Candidate) -> bool:
    """Whether one of the event's own sentences gives in full the span its relative words came to on the first probe
    day: "held the meeting on Wednesday and Thursday" beside "the meeting will be held on May 24-25, 2023" (a
    Wednesday and a Thursday). The weekdays agreeing with the full date is what makes it the same span. The sentence the
    event was read from must give no full date itself: there the date it took moved, so a full one is another act's."""
    span = (c.first, c.last or c.first)
    if len(c.evidence) < 2 or any(m.precision == "day" for m in find_dates(c.evidence[0], None)):
        return False
    return any(span == (m.first, m.last) for e in c.evidence[1:] if str(span[0].day) in e  # (a cheap test first)
               for m in find_dates(e, None) if m.precision == "day")


__all__ = ["PROBE_GAP", "fixed_dates_only", "probe_day"]
