"""Parsing the dates analysts type: ISO days, months ("2023-06", "June 2023") and years."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_HAS_DAY = re.compile(r"\b\d{1,2}\b(?!\d)")


#: The dates the tracker holds and draws: every event date, filter date and zoom window lies in
#: FIRST_DAY..LAST_DAY. Outside it the calendar arithmetic of the charts and briefs overflows
#: (year 1 or 9999 plus a margin), and no diplomatic chronology needs it. Documented in docs/import-format.md.
FIRST_DAY = dt.date(1800, 1, 1)
LAST_DAY = dt.date(2200, 12, 31)
SUPPORTED_RANGE = f"{FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"


class DateParseError(ValueError):
    """A date text that is not a date."""


class DateRangeError(DateParseError):
    """A real date outside the supported range; `day` is the date that was read."""

    def __init__(self, text: object, day: dt.date):
        super().__init__(f"{str(text).strip()!r} is outside the supported dates ({SUPPORTED_RANGE})")
        self.day = day


def in_range(day: dt.date) -> bool:
    """True when `day` lies in the supported range FIRST_DAY..LAST_DAY."""
    return FIRST_DAY <= day <= LAST_DAY


def check_in_range(day: dt.date, text: object = None) -> dt.date:
    """`day` back when it lies in the supported range, else DateRangeError naming `text` (or the day)."""
    if not in_range(day):
        raise DateRangeError(day.isoformat() if text is None else text, day)
    return day


def shift_day(day: dt.date, days: int) -> dt.date:
    """`day` plus `days`, held at the first or last day Python has (a margin around year 1 or 9999 does not overflow)."""
    try:
        return day + dt.timedelta(days=int(days))
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def clamp_day(day: dt.date) -> dt.date:
    """`day` moved into the supported range (FIRST_DAY or LAST_DAY when outside it)."""
    return min(max(day, FIRST_DAY), LAST_DAY)


@dataclass(frozen=True)
class DateSpan:
    """An inclusive day range with the precision the text had."""

    start: dt.date
    end: dt.date
    precision: str  # day, month, year


def parse_date_span(text: str) -> DateSpan:
    """Parse "2023-06-21", "2023-06", "June 2023", "21 June 2023" or "2023" into a span.

    A span outside the supported range raises DateRangeError (see `check_in_range`).

    >>> parse_date_span("June 2023")
    DateSpan(start=datetime.date(2023, 6, 1), end=datetime.date(2023, 6, 30), precision='month')
    """
    span = _parse_span(text)
    check_in_range(span.start, text)
    check_in_range(span.end, text)
    return span


#: A day written with numbers only, day and month in either order ("06/07/2023", "6.7.2023", "06-07-2023").
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def _day_month(day: str, month: str) -> str:
    return f"{int(day)} {dt.date(2000, int(month), 1):%B}"


def _parse_span(text: str) -> DateSpan:
    if text is None or not str(text).strip():
        raise DateParseError("empty date")
    text = str(text).strip()
    if len(text) > 64:  # no date is longer; dateutil's work grows with the text
        raise DateParseError(f"{text[:20]!r}... is not a date (too long)")
    if m := _YEAR.match(text):
        year = int(m.group(1))
        if year < 1:
            raise DateParseError(f"{text!r}: year {year} does not exist")
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if m := _ISO_MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or year < 1:
            raise DateParseError(f"{text!r}: month {month} of year {year} does not exist")
        start = dt.date(year, month, 1)
        return DateSpan(start, start + relativedelta(months=1, days=-1), "month")
    if (m := _NUMERIC_DAY.match(text)) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2):
        # 06/07/2023 is 7 June in Washington and 6 July in Brussels: say so rather than pick one
        raise DateParseError(f"{text!r} could be {_day_month(m.group(2), m.group(1))} or "
                             f"{_day_month(m.group(1), m.group(2))}: write it as YYYY-MM-DD")
    default = dt.datetime(1900, 1, 1)
    try:
        parsed = dateutil_parser.parse(text, default=default, dayfirst=False)
    except (ValueError, OverflowError) as exc:
        raise DateParseError(f"{text!r} is not a date ({exc})") from None
    if parsed.year == 1900 and "1900" not in text:
        raise DateParseError(f"{text!r} has no year")
    # A text such as "June 2023" has no day number besides the year.
    without_year = text.replace(str(parsed.year), " ")
    if not _HAS_DAY.search(without_year):
        start = dt.date(parsed.year, parsed.month, 1)
        return DateSpan(start, start + relativedelta(months=1, days=-1), "month")
    day = parsed.date()
    return DateSpan(day, day, "day")


def parse_iso_day(text: str) -> dt.date:
    """Parse a strict ISO `YYYY-MM-DD` day in the supported range, raising DateParseError with the reason."""
    try:
        day = dt.date.fromisoformat(str(text).strip())
    except ValueError as exc:  # "Invalid isoformat string" says nothing a reader needs; "month must be in 1..12" does
        why = "" if "isoformat" in str(exc) else f" ({exc})"
        raise DateParseError(f"{text!r} is not a YYYY-MM-DD date{why}{_written_as(text)}") from None
    return check_in_range(day, text)


def _written_as(text: str) -> str:
    """"; write it as 2023-07-14" when `text` is one day written another way, as a sheet typed by hand holds them
    ("14/07/2023", "22 June 2023"); "" when it is none or could be two (06/07/2023)."""
    try:
        span = parse_date_span(text)
    except DateParseError:
        return ""
    return f"; write it as {span.start.isoformat()}" if span.precision == "day" else ""


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the month or year `day` falls in (for "day" precision, the day itself)."""
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        return day.replace(day=1) + relativedelta(months=1, days=-1)
    return day


def format_day(day: dt.date | None) -> str:
    """Format a day as analysts write it: "21 Jun 2023"."""
    if day is None:
        return ""
    return f"{day.day} {day:%b %Y}"


def format_span(start: dt.date, end: dt.date | None, precision: str = "day") -> str:
    """Format a span as analysts write it: "20-21 Jun 2023", "Jun 2023", "2023"."""
    if precision == "year":
        return f"{start.year}" if end is None or end.year == start.year else f"{start.year}-{end.year}"
    if precision == "month":
        if end is None or (end.year, end.month) == (start.year, start.month):
            return f"{start:%b %Y}"
        if end.year == start.year:
            return f"{start:%b}-{end:%b %Y}"
        return f"{start:%b %Y}-{end:%b %Y}"
    if end is None or end == start:
        return format_day(start)
    if (end.year, end.month) == (start.year, start.month):
        return f"{start.day}-{end.day} {end:%b %Y}"
    if end.year == start.year:
        return f"{start.day} {start:%b}-{format_day(end)}"
    return f"{format_day(start)}-{format_day(end)}"
