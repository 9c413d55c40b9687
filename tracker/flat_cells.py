"""The cells of one flat event row: text as the importer reads it, days, time stamps, and the event's own fields.

`event_fields` parses an event's own cells (title, type, status, dates and precision, round, venue, process,
review state, stamps) as `tracker import` does: the importer calls it for every row, and an edit of those cells
alone (the review form's Save) calls it for the one row, without making frames (`tracker.edits.edited_row_values`).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from tracker.dates import DateParseError, parse_iso_day, period_end
from tracker.models import DATE_PRECISIONS, EVENT_TYPES, MAX_ROUND, REVIEW_STATES, STATUSES
from tracker.countries import country_code

MAX_TITLE_CHARS = 500
# "2023-06-21T14:30", "2023-06-21 14:30:00" (a spreadsheet's date cell, pandas' CSV), with or without a zone
_DAY_AND_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?")  # a start_date cell that names a month or a year
_MIDNIGHT = re.compile(r"00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
#: A cell a spreadsheet would run as a formula (also an RE2 pattern, for the Arrow export).
FORMULA_PATTERN = r"^'*[=+\-@\t\r]"
_FORMULA = re.compile(FORMULA_PATTERN)
_GUARDED = re.compile(r"^'+[=+\-@\t\r]")


def guard_formula(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula by prefixing `'`.

    >>> guard_formula("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    """
    return "'" + text if isinstance(text, str) and _FORMULA.match(text) else text


def unguard_formula(text: str) -> str:
    """Undo `guard_formula`, so a guarded export imports to the original text."""
    return text[1:] if isinstance(text, str) and _GUARDED.match(text) else text


def _day_cell(row: dict[str, str], column: str, guarded: bool, bad) -> dt.date | None:
    """The day in a date cell, or None (empty, or reported through `bad`).

    A spreadsheet's date cell often carries a time of day (typed with one, or filled by a formula):
    the day is kept and the dropped time is a warning, since events are dated by day.
    """
    text = _cell(row, column, guarded)
    if not text:
        return None
    timed = _DAY_AND_TIME.fullmatch(text) if len(text) > 10 else None  # most cells are a plain day: no regex
    try:
        day = parse_iso_day(timed.group(1) if timed else text)
    except DateParseError as exc:
        bad(column, str(exc))
        return None
    if timed and not _MIDNIGHT.fullmatch(timed.group(2)):
        bad(column, f"{text!r} is a date with a time of day; events are dated by day, so it was read as "
                    f"{day.isoformat()}", "warning")
    return day


def _cell(row: dict[str, str], column: str, guarded: bool = True) -> str:
    value = row.get(column)
    if value is None:
        return ""
    text = unguard_formula(str(value)) if guarded else str(value)
    if "\r\n" in text:  # a Windows line break inside a cell is a line break (a lone CR stays: a control character)
        text = text.replace("\r\n", "\n")
    return text.strip()


def _term(row: dict[str, str], column: str, guarded: bool, vocabulary) -> str:
    """A vocabulary cell, also as the page and people write its words: "Talk round", "talk-round" and "TALK_ROUND"
    are `talk_round`, "Held" is `held`. A word that is none of them comes back as written, for the error to quote."""
    text = _cell(row, column, guarded)
    if text in vocabulary:
        return text
    key = re.sub(r"[\s-]+", "_", text.lower())
    return key if key in vocabulary else text


def _parse_timestamp(text: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        raise DateParseError(f"{text!r} is not an ISO date or timestamp (YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None


def event_fields(row: dict[str, str], guarded: bool, bad: Callable[..., None], context, new_processes) -> dict:
    """The event's own fields from its row (no event_id, actors, sources, quotes, links or confidence), each bad
    cell reported through `bad(column, reason, severity="error")`. `context` is the import's ParseContext,
    `new_processes` its NewProcesses (a process the store does not know is added there, with a warning)."""
    title = _cell(row, "title", guarded)
    if not title:
        bad("title", "empty")
    elif len(title) > MAX_TITLE_CHARS or "\n" in title:
        bad("title", f"a title is one line of at most {MAX_TITLE_CHARS} characters")
    event_type = _term(row, "event_type", guarded, EVENT_TYPES)
    if event_type not in EVENT_TYPES:
        bad("event_type", f"unknown event type {event_type!r}; use one of: {', '.join(EVENT_TYPES)}")
    status = _term(row, "status", guarded, STATUSES)
    if status not in STATUSES:
        bad("status", f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
    precision_cell = _term(row, "date_precision", guarded, DATE_PRECISIONS)
    precision = precision_cell or "day"
    if precision not in DATE_PRECISIONS:
        bad("date_precision", f"unknown precision {precision!r}; use one of: {', '.join(DATE_PRECISIONS)}")
    review_state = _term(row, "review_state", guarded, REVIEW_STATES) or "confirmed"
    if review_state not in REVIEW_STATES:
        bad("review_state", f"unknown review state {review_state!r}; use one of: {', '.join(REVIEW_STATES)}")
    start_text = _cell(row, "start_date", guarded)
    period = _PERIOD.fullmatch(start_text) if len(start_text) in (4, 7) else None
    if period and precision_cell in ("", "day", "month" if period.group(2) else "year"):
        # "2024-03" is the month, "2024" the year: the precision the cell itself says
        precision = "month" if period.group(2) else "year"
        start = _day_cell({"start_date": f"{period.group(1)}-{period.group(2) or '01'}-01"}, "start_date", False, bad)
    else:
        start = _day_cell(row, "start_date", guarded, bad)
    if start is None and not start_text:
        bad("start_date", "empty; every event needs a start date (YYYY-MM-DD)")
    end = _day_cell(row, "end_date", guarded, bad)
    if start is not None and end is None and precision in ("month", "year"):
        end = period_end(start, precision)  # the whole period: "from 20 March" then finds an event of March
    if start and end and end < start:
        bad("end_date", f"end {end} is before start {start}")
    round_text = _cell(row, "round_number", guarded)
    round_number = None
    if round_text:
        if re.fullmatch(r"\d{1,4}", round_text):
            round_number = int(round_text)
        elif re.fullmatch(r"[-+]?\d+", round_text):
            bad("round_number", f"{round_text!r} is not a round number: a whole number from 0 to {MAX_ROUND}")
        else:
            bad("round_number", f"{round_text!r} is not a whole number")
    written = _cell(row, "venue_country", guarded)
    # a country's name ("Switzerland", "Swiss Confederation") or its code in any case ("kaz", "CH"), stored as alpha-3
    country = country_code(written) if written else None
    if written and country is None:
        bad("venue_country", f"{written!r} is no country: give its name (Switzerland) or its ISO 3166 code "
                             "(alpha-3 CHE or alpha-2 CH)")
    process_text = _cell(row, "process", guarded)
    process = None
    if process_text:
        process = context.processes.resolve(process_text)
        if process is None:
            process, note = new_processes.add(process_text)
            if note:
                bad("process", note, "warning")
    timestamps = {}
    for column in ("created_at", "updated_at"):
        try:
            timestamps[column] = _parse_timestamp(_cell(row, column, guarded)) or context.now
        except DateParseError as exc:
            bad(column, str(exc))
    return {"title": title, "event_type": event_type, "status": status, "start_date": start, "end_date": end,
            "date_precision": precision, "process": process, "round_number": round_number,
            "venue": _cell(row, "venue", guarded) or None, "venue_country": country or None,
            "summary": _cell(row, "summary", guarded) or None, "tags": _cell(row, "tags", guarded) or None,
            "review_state": review_state, "evidence": _cell(row, "evidence", guarded) or None, **timestamps}


def confidence_value(row: dict[str, str], guarded: bool, bad: Callable[..., None]) -> float | None:
    """The confidence cell as a number from 0 to 1 (None when empty or bad, reported through `bad`)."""
    confidence_text = _cell(row, "confidence", guarded)
    confidence = None
    if confidence_text:
        try:
            confidence = float(confidence_text)
            if not 0 <= confidence <= 1:
                raise ValueError
        except ValueError:
            bad("confidence", f"{confidence_text!r} is not a number from 0 to 1")
            confidence = None
    return confidence
