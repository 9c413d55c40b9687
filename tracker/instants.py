"""Instants of the history: "as of" and "changed since" times, always aware UTC."""
from __future__ import annotations

import datetime as dt

import pandas as pd


def as_instant(value: dt.datetime | dt.date | str, day_end: bool = True) -> dt.datetime:
    """A datetime, date or ISO text as an aware UTC instant (a naive value is taken as UTC; a day as its
    end, "as known that day", or with `day_end=False` its start, "changed since that day")."""
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = pd.Timestamp(text)
        except (ValueError, TypeError):
            raise ValueError(f"{value!r} is not a date or date and time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+00:00])") from None
        if pd.isna(parsed):
            raise ValueError(f"{value!r} is not a date or date and time")
        value = parsed.to_pydatetime()
        if len(text) <= 10 and day_end:  # a day: everything known by the end of it
            value = value.replace(hour=23, minute=59, second=59, microsecond=999999)
    elif not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day, *((23, 59, 59, 999999) if day_end else (0, 0)))
    return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


def format_instant(instant: dt.datetime) -> str:
    """'4 Dec 2026 14:05 UTC' (a day's end as the day alone: '4 Dec 2026')."""
    instant = instant.astimezone(dt.timezone.utc)
    day = f"{instant.day} {instant:%b %Y}"
    if (instant.hour, instant.minute, instant.second) == (23, 59, 59):
        return day
    return f"{day} {instant:%H:%M}" + (f":{instant:%S}" if instant.second else "") + " UTC"


def query_text(instant: dt.datetime) -> str:
    """An instant as the URL and the CLI write it: '2026-12-04' for a day's end, else '2026-12-04T14:05:00'."""
    instant = instant.astimezone(dt.timezone.utc)
    if (instant.hour, instant.minute, instant.second, instant.microsecond) == (23, 59, 59, 999999):
        return instant.date().isoformat()
    return instant.replace(tzinfo=None).isoformat(timespec="microseconds" if instant.microsecond else "seconds")
