"""File names that say what an export holds: the filters and the day it was made.

`tracker_astana-format_kazakhstan_2023-06-01_to_2023-06-30_2026-12-04.csv`: ASCII, no spaces,
no characters a file system or a mail client objects to, and bounded in length (the filter part
is cut, the day and the suffix are kept).
"""
from __future__ import annotations

import datetime as dt
import os

from tracker.filters import DEFAULT_STATES, EventFilter
from tracker.resolve import slug

#: the longest name made (most systems allow 255 bytes; mail and zip tools like less).
MAX_CHARS = 120


def today() -> dt.date:
    """Today in UTC, or the day of SOURCE_DATE_EPOCH when set (reproducible names, as briefs have)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.datetime.now(dt.timezone.utc).date()


def filter_words(f: EventFilter) -> list[str]:
    """The filter as slugs, most telling first: processes, actors, venues, types, rounds, status, tags, text, dates,
    and the "as of" instant (an export of the past is not the same file as one of now)."""
    words = [slug(p) for p in f.processes] + [slug(a) for a in f.actors] + [slug(v) for v in f.venues]
    words += [slug(t) for t in f.types]
    words += [f"round-{'-'.join(map(str, f.rounds))}"] if f.rounds else []
    words += [slug(s) for s in f.statuses]
    words += [f"tag-{slug(t)}" for t in f.tags]
    words += [f"q-{slug(f.text)}"] if f.text else []
    if tuple(f.states) != DEFAULT_STATES:
        words.append("-".join(f.states))
    if f.date_from and f.date_to:
        words.append(f"{f.date_from:%Y-%m-%d}_to_{f.date_to:%Y-%m-%d}")
    elif f.date_from:
        words.append(f"from_{f.date_from:%Y-%m-%d}")
    elif f.date_to:
        words.append(f"to_{f.date_to:%Y-%m-%d}")
    if f.as_of is not None:
        instant = f.as_of.astimezone(dt.timezone.utc)
        end_of_day = (instant.hour, instant.minute, instant.second) == (23, 59, 59)
        words.append(f"as-of-{instant:%Y-%m-%d}" + ("" if end_of_day else f"T{instant:%H%M}"))
    return words


def export_filename(f: EventFilter, suffix: str, day: dt.date | None = None, prefix: str = "tracker",
                    max_chars: int = MAX_CHARS) -> str:
    """`tracker_<filters>_<day>.<suffix>` for the events `f` selects, at most `max_chars` long.

    >>> export_filename(EventFilter.build(processes=["Astana format"], actors=["Kazakhstan"],
    ...     date_from="2023-06-01", date_to="2023-06-30"), ".csv", dt.date(2026, 12, 4))
    'tracker_astana-format_kazakhstan_2023-06-01_to_2023-06-30_2026-12-04.csv'
    """
    suffix = suffix if suffix.startswith((".", "_")) else f".{suffix}"  # "_excel.csv": a variant of the same file
    tail = f"_{(day or today()):%Y-%m-%d}{suffix}"
    words = "_".join([slug(prefix) if prefix else "tracker", *filter_words(f)])
    room = max(max_chars - len(tail), 8)
    if len(words) > room:
        words = words[:room].rstrip("_-")
    return words + tail
