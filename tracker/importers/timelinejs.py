"""TimelineJS (Knight Lab): the 18-column sheet as CSV or XLSX, and TimelineJS JSON.

A row is an event with Year-only, Year+Month or full dates and an optional end; the row of
Type `title` is the chronology's title, not an event; HTML in Text becomes plain text; Media
that is a web address becomes the event's source, Group its process. Our own exports add a
line of facts (type, status, venue), the actors and a key quote to Text, read back here.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

from tracker.cells import header_row
from tracker.flat import is_web_url, unguard_formula
from tracker.importers.base import (
    Head, ImportOptions, Progress, checked_tables, flat_row, last_day, one_line, publisher_of, source_line,
)
from tracker.importers.html_text import html_to_text
from tracker.models import ROLES, Tables
from tracker.problems import InputError, Problem
from tracker.readers import is_workbook, read_json, read_table
from tracker.resolve import slug

COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
           "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
           "Background")
#: Labels of the facts line our export writes in Text ("Type: talk_round · Status: held · Venue: Astana").
FACTS = {"Type": "event_type", "Status": "status", "Venue": "venue", "Country": "venue_country",
         "Round": "round_number", "Tags": "tags"}
FACT_SEP = " · "
#: Where a problem found in the flat row sits in the sheet.
SHEET_COLUMNS = {"title": "Headline", "start_date": "Year", "end_date": "End Year", "summary": "Text",
                 "process": "Group", "sources": "Media", "actors": "Text", "quotes": "Text", "event_type": "Text",
                 "status": "Text", "venue": "Text", "venue_country": "Text", "round_number": "Text", "tags": "Text",
                 "event_id": "Headline", "date_precision": "Year"}
_ACTOR = re.compile(r"^(?P<name>.+?) \((?P<role>[a-z]+)\)$")
_QUOTE = re.compile(r"^“(?P<text>.+)”(?: — (?P<speaker>.+))?$", re.S)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")
_SLIDE = re.compile(r'"start_date"\s*:\s*\{')
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.I)


class TimelineJS:
    """The TimelineJS importer."""

    name = "timelinejs"
    label = "TimelineJS"

    def recognise(self, head: Head) -> str | None:
        """Why `head` is a TimelineJS sheet or JSON (or None)."""
        if head.json:
            return "TimelineJS JSON (slides with start_date objects)" if _SLIDE.search(head.first_line) else None
        names = {h.strip().casefold() for h in head.header}
        if names & {"year", "headline"} and len(names & {c.casefold() for c in COLUMNS}) >= 4:
            return f"TimelineJS sheet header ({len(names & {c.casefold() for c in COLUMNS})} of its 18 columns)"
        return None

    def read(self, path: Path, known: Tables, label: str, options: ImportOptions,
             progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
        """Read a TimelineJS sheet (CSV/XLSX) or JSON into checked Tables."""
        with path.open("rb") as stream:
            json_text = stream.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"
        notes: list[Problem] = []  # which row of a sheet was its header, when a title came first
        if json_text:  # by the content, not the name
            header, rows = json_slides(read_json(path, label), label)
        else:
            header, rows, notes = read_table(path, label, options.sheet)
        # Only a CSV sheet holds cells our export formula-guarded; a workbook or JSON holds the text itself.
        guarded = not json_text and not is_workbook(path)
        tables, problems = sheet_tables(header, rows, label, known, options, progress, guarded=guarded,
                                        header_row=header_row(notes))
        return tables, notes + problems


def sheet_tables(header: list[str], rows: list[dict[str, str]], file: str, known: Tables, options: ImportOptions,
                 progress: Progress | None = None, guarded: bool = True,
                 header_row: int = 1) -> tuple[Tables, list[Problem]]:
    """Turn the rows of a TimelineJS sheet into checked Tables (`header_row`: the header's row in the file)."""
    canonical = {c.casefold(): c for c in COLUMNS}
    problems: list[Problem] = []
    unknown = [h for h in header if h and h.casefold() not in canonical]
    if unknown:
        problems.append(Problem(file, header_row, ", ".join(unknown), "not a TimelineJS column; ignored", "warning"))
    missing = [c for c in ("Year", "Headline") if c.casefold() not in {h.casefold() for h in header}]
    if missing:
        return Tables(), problems + [Problem(file, header_row, ", ".join(missing),
                                             "required TimelineJS column(s) missing")]
    flat_rows, ids, title = [], set(), None
    for raw in rows:
        row = {canonical[k.casefold()]: (unguard_formula(str(v)) if guarded else str(v)).strip() for k, v in raw.items()
               if k.casefold() in canonical}
        number = int(raw.get("__row__", 0))
        kind = row.get("Type", "").casefold()
        if kind == "title":
            if title is None:
                title = one_line(html_to_text(row.get("Headline", ""))) or "(untitled)"
                problems.append(Problem(file, number, "Type", f"title slide {title!r}: the chronology's title, not an event", "warning"))
            else:
                problems.append(Problem(file, number, "Type", "a second title slide; ignored", "warning"))
            continue
        if kind == "era":
            problems.append(Problem(file, number, "Type", "an era (a background period), not an event; ignored", "warning"))
            continue
        converted = _row(row, number, file, problems, ids, options, raw.get("__id__"))
        if converted is not None:
            flat_rows.append(converted)
    if not flat_rows and not any(p.severity == "error" for p in problems):
        return Tables(), problems + [Problem(file, None, None, "the sheet has no event rows")]
    tables, found = checked_tables(flat_rows, file, known, SHEET_COLUMNS, progress) if flat_rows else (Tables(), [])
    problems = sorted(problems + found, key=lambda p: p.row or 0)  # every problem at once, in row order
    return (Tables() if any(p.severity == "error" for p in problems) else tables), problems


def _number(row: dict[str, str], column: str, low: int, high: int, number: int, file: str,
            problems: list[Problem]) -> int | None:
    text = row.get(column, "")
    if not text:
        return None
    if re.fullmatch(r"\d+(\.0+)?", text) and low <= int(float(text)) <= high:
        return int(float(text))
    problems.append(Problem(file, number, column, f"{text!r} is not a whole number from {low} to {high}"))
    return None


def _dates(row: dict[str, str], number: int, file: str, problems: list[Problem]) -> tuple[dt.date, dt.date | None, str] | None:
    """Start, end (inclusive, None for one day) and precision, or None after reporting a problem."""
    spans = []
    for prefix in ("", "End "):
        year = _number(row, prefix + "Year", 1, 9999, number, file, problems)
        month = _number(row, prefix + "Month", 1, 12, number, file, problems)
        day = _number(row, prefix + "Day", 1, 31, number, file, problems)
        if year is None:
            if not prefix and not row.get("Year"):
                problems.append(Problem(file, number, "Year", "empty; every event needs at least a year"))
            if prefix and (month or day):
                problems.append(Problem(file, number, "End Year", "an end month or day needs an end year"))
            spans.append(None)
            continue
        if day is not None and month is None:
            if not row.get(prefix + "Month"):  # (a month that is no number was reported above)
                problems.append(Problem(file, number, prefix + "Month", "a day needs a month"))
            return None
        try:
            first = dt.date(year, month or 1, day or 1)
        except ValueError as exc:
            when = f"{calendar.month_name[month]} {year}" if month else str(year)
            problems.append(Problem(file, number, prefix + "Day", f"{when} has no day {day} ({exc})"))
            return None
        precision = "day" if day else "month" if month else "year"
        spans.append((first, first if day else last_day(year, month), precision))
    if spans[0] is None:
        return None
    start, end, precision = spans[0]
    if spans[1] is not None:
        end = spans[1][1]
        precision = max(precision, spans[1][2], key=("day", "month", "year").index)
        if end < start:
            problems.append(Problem(file, number, "End Year", f"the end {end} is before the start {start}"))
            return None
    return start, (None if end == start else end), precision


def _facts(line: str) -> dict[str, str] | None:
    parts = [p.split(": ", 1) for p in line.split(FACT_SEP)]
    if all(len(p) == 2 and p[0] in FACTS for p in parts):
        return {FACTS[k]: v.strip() for k, v in parts}
    return None


def _actors(line: str) -> list[str] | None:
    if not line.startswith("Actors: "):
        return None
    found = [_ACTOR.match(part.strip()) for part in line[8:].split("; ")]
    if all(m and m.group("role") in ROLES for m in found):
        return [f"{m.group('name')} [{m.group('role')}]" for m in found]
    return None


def _text_parts(text: str) -> tuple[list[str], dict[str, str], list[str], tuple[str, str] | None]:
    """Split plain Text into summary lines, facts, actor cells `Name [role]` and a key quote (text, speaker).

    Our export writes the summary first, then facts, actors and quote: they are read from the end,
    so a summary line that happens to look like one of them stays in the summary.
    """
    lines = text.split("\n") if text else []
    quote, actors, facts = None, [], {}
    if lines and (match := _QUOTE.match(lines[-1])):
        quote = (match.group("text"), match.group("speaker") or "")
        lines.pop()
    if lines and (found := _actors(lines[-1])) is not None:
        actors = found
        lines.pop()
    if lines and (found := _facts(lines[-1])) is not None:
        facts = found
        lines.pop()
    return lines, facts, actors, quote


def _row(row: dict[str, str], number: int, file: str, problems: list[Problem], ids: set[str],
         options: ImportOptions, given_id: str | None) -> dict[str, str] | None:
    dates = _dates(row, number, file, problems)
    headline = one_line(html_to_text(row.get("Headline", "")))
    summary, facts, actors, quote = _text_parts(html_to_text(row.get("Text", ""), links=True))
    title = headline or (one_line(summary[0])[:120] if summary else "")
    if not title:
        problems.append(Problem(file, number, "Headline", "empty, and Text is empty too; an event needs a title"))
    media = row.get("Media", "")
    if is_web_url(media):
        credit = one_line(html_to_text(row.get("Media Credit", ""))) or publisher_of(media)
        sources = source_line(credit, "", html_to_text(row.get("Media Caption", "")), media)
    elif _SCHEME.match(media) and not media.lower().startswith(("http:", "https:")):
        problems.append(Problem(file, number, "Media", f"{media[:60]!r} is not an http(s) address; only http:// and https:// links are accepted"))
        return None
    else:  # no link (or an embed): the sheet itself is the source
        if media:
            problems.append(Problem(file, number, "Media", "not a web address; the sheet is cited as the source", "warning"))
        sources = source_line(Path(file).name, "", title, "")
    if dates is None or not title:
        return None
    start, end, precision = dates
    usable = given_id if given_id and _ID.fullmatch(given_id) else None  # a slide's unique_id, if it can be ours
    event_id = usable or f"tljs-{start.isoformat()}-{slug(title)[:60].strip('-')}"
    base, n = event_id, 1
    while event_id in ids:
        n += 1
        event_id = f"{base}-{n}"
    ids.add(event_id)
    quotes = f'[1] {quote[1]}: "{one_line(quote[0])}"' if quote else ""
    status = facts.pop("status", "") or ("held" if start <= dt.date.today() else "scheduled")
    return flat_row(number, event_id=event_id, title=title, event_type=facts.pop("event_type", "") or "other",
                    status=status, start_date=start.isoformat(), end_date=end.isoformat() if end else "",
                    date_precision=precision, process=one_line(html_to_text(row.get("Group", ""))),
                    summary="\n".join(summary), actors="; ".join(actors), sources=sources, quotes=quotes,
                    review_state=options.state or "confirmed", **facts)


def json_slides(data: object, file: str) -> tuple[list[str], list[dict[str, str]]]:
    """TimelineJS JSON as the rows of a sheet (the title slide first, as Type `title`)."""
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise InputError([Problem(file, None, None, 'expected TimelineJS JSON: {"title": ..., "events": [...]}')])
    slides = ([{**data["title"], "type": "title"}] if isinstance(data.get("title"), dict) else []) + data["events"]
    rows = []
    for number, slide in enumerate(slides, start=1):
        if not isinstance(slide, dict):
            raise InputError([Problem(file, number, None, "each slide must be a JSON object")])
        row = {"Type": str(slide.get("type", "")), "Group": str(slide.get("group") or ""), "__row__": str(number)}
        for prefix, key in (("", "start_date"), ("End ", "end_date")):
            date = slide.get(key) or {}
            if not isinstance(date, dict):
                raise InputError([Problem(file, number, key, "a date must be an object such as {\"year\": 2023}")])
            for part in ("year", "month", "day"):
                row[prefix + part.capitalize()] = "" if date.get(part) in (None, "") else str(date[part])
        text = slide.get("text") or {}
        media = slide.get("media") or {}
        row.update({"Headline": str(text.get("headline") or ""), "Text": str(text.get("text") or ""),
                    "Media": str(media.get("url") or ""), "Media Credit": str(media.get("credit") or ""),
                    "Media Caption": str(media.get("caption") or "")})
        if slide.get("unique_id"):
            row["__id__"] = str(slide["unique_id"])
        rows.append(row)
    return list(COLUMNS), rows


__all__ = ["COLUMNS", "FACTS", "FACT_SEP", "TimelineJS", "json_slides", "sheet_tables"]
