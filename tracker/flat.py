"""The flat event format: one row per event, actors, sources, quotes and links in cells.

`rows_to_tables` reads rows (from CSV, XLSX or the JSON export) into Tables and
collects every problem at once; `tables_to_rows` writes the same shape, so an
export imported again gives the same tables. See docs/import-format.md.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

import pandas as pd

from tracker.dates import DateParseError
from tracker.event_ids import case_clash, case_twin
from tracker.flat_cells import (  # noqa: F401 - cell helpers the importers take from here
    FORMULA_PATTERN, MAX_TITLE_CHARS, _cell, _parse_timestamp, confidence_value, event_fields, guard_formula, unguard_formula,
)
from tracker.flat_columns import FLAT_COLUMNS, flat_columns
from tracker.frames import coerce
from tracker.models import LINK_TYPES, ROLES, Tables, empty_frame, split_list
from tracker.problems import Problem
from tracker.countries import country_code
from tracker.resolve import ActorIndex, ProcessIndex, fold, slug

REQUIRED_COLUMNS = ("event_id", "title", "event_type", "status", "start_date", "sources")

#: `events.attrs` key of {event id: row number in the file}, so later checks can name the row.
ROWS_ATTR = "rows"

#: New actor names checked for a near spelling of a stored one ("Kazakstan": did you mean 'Kazakhstan'?).
MAX_SPELLING_HINTS = 50
_EVENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")
_ACTOR_CELL = re.compile(r"^(?P<name>.+?)\s*\[(?P<role>[^\]]+)\]$")
_QUOTE_LINE = re.compile(r'^\[(?P<n>\d+)\]\s*(?P<speaker>[^"]*?)\s*:\s*"(?P<text>.*)"\s*$', re.S)


@dataclass
class ParseContext:
    """What an import is checked against: the actors, processes and events already known."""

    actors: ActorIndex
    processes: ProcessIndex
    known_event_ids: set[str] = field(default_factory=set)
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0))


def spelling_hint(name: str, actors: ActorIndex) -> str:
    """"; did you mean 'Kazakhstan'?" when a new actor's name is nearly a stored one's, else ""."""
    near = actors.close_to(name)
    return f"; did you mean {near!r}?" if near else ""


def misspelt_actors(cell: str, actors: ActorIndex) -> dict[str, str]:
    """{name typed: stored actor it is nearly spelled as} for the names of an actors cell that are no stored actor
    ("Kazakstan [host]": {"Kazakstan": "Kazakhstan"}); names far from every stored one are left out (new actors)."""
    out = {}
    for part in split_list(cell or ""):
        match = _ACTOR_CELL.match(part)
        name = (match.group("name") if match else part).strip()
        if name and actors.resolve(name) is None and (near := actors.close_to(name)):
            out[name] = near
    return out


def parse_source_line(line: str) -> tuple[str, str, str, str]:
    """Split `publisher | published | title | url`; the title may itself hold `|`, the url may be empty,
    and an empty field may be written `| |` (one space, as people type it) as well as `|  |`. A line that opens with
    its bar has no publisher (` | 2023-01-29 | title | `, a pasted text that named none, as the export writes it)."""
    if line.strip().startswith("|"):
        _, published, title, url = parse_source_line("- " + line.strip())
        return "", published, title, url
    try:
        return _split_source_line(line.strip())
    except ValueError:
        # `TASS | | title | url`: the empty date's bars share their spaces; give each its own.
        spaced = re.sub(r"\|[ \t]*(?=\|)", "|  ", line.strip())
        if spaced == line.strip():
            raise
        try:
            return _split_source_line(spaced)
        except ValueError:
            raise ValueError(f"source line {line!r} needs 4 fields: publisher | published | title | url") from None


def _split_source_line(text: str) -> tuple[str, str, str, str]:
    if " | " not in text and text.count("|") == 3:
        publisher, published, title, url = (p.strip() for p in text.split("|"))
        return publisher, published, title, url
    if text.endswith("|"):
        left, url = text[:-1].rstrip(), ""
        # `TASS | 2031-03-04 |  | `: no title and no address, as the export writes it (a title that ends in a bar
        # of its own, `… | a| | `, is not that)
        if left.endswith("|") and (left == "|" or left[-2:-1].isspace()):
            head = left[:-1].rstrip().rsplit("|", 1)
            if len(head) == 2 and head[0].strip():
                return head[0].strip(), head[1].strip(), "", ""
    elif " | " in text:
        left, url = text.rsplit(" | ", 1)
    else:
        left, url = text, ""
    parts = left.split(" | ", 2)
    if len(parts) < 3 or " " in url.strip():
        raise ValueError(f"source line {text!r} needs 4 fields: publisher | published | title | url")
    publisher, published, title = (p.strip() for p in parts)
    return publisher, published, title, url.strip()


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host: the only links the tracker makes live."""
    return bool(re.match(r"^https?://[^\s/?#]+\.[^\s]*$", url or "", re.I)) or bool(re.match(r"^https?://localhost\b", url or "", re.I))


def rows_to_tables(rows: list[dict[str, str]], header: list[str], file: str, context: ParseContext,
                   progress: Callable[[int], None] | None = None, guarded: bool = True,
                   header_row: int = 1) -> tuple[Tables, list[Problem]]:
    """Parse flat rows into Tables; returns every problem found (errors and warnings); `header_row` is the header's
    row in the file (below a title: `cells.header_row`), where a column's problems are named.

    `progress`, if given, is called with the number of rows done every 1,000 rows. `guarded`: the
    cells are as our CSV export writes them, formula-guarded (`'=...`), so the guard is undone; an
    XLSX or JSON export holds the text itself, and a leading `'` there is part of it.
    A row may carry `__quotes__`, [(source number, speaker, text)], instead of the quotes cell.
    """
    problems: list[Problem] = []
    unknown = [c for c in header if c and c not in FLAT_COLUMNS]
    if unknown:
        problems.append(Problem(file, header_row, ", ".join(unknown), f"unknown column(s); the known columns are: {', '.join(FLAT_COLUMNS)}"))
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        problems.append(Problem(file, header_row, ", ".join(missing), "required column(s) missing"))
        return Tables(), problems
    if not rows:
        problems.append(Problem(file, None, None, "the file has a header but no event rows"))
        return Tables(), problems

    seen_rows: dict[str, int] = {}
    folded_ids: dict[str, str] = {}  # ids compared without case (tracker.event_ids)
    unknown_rows: dict[str, list[int | None]] = {}  # folded actor name -> the rows that name it
    file_ids = {_cell(r, "event_id", guarded) for r in rows}
    events, event_actors, sources, quotes, links, new_actors = [], [], [], [], [], {}
    new_processes = NewProcesses(context.processes)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % 1000 == 0:
            progress(done)
        number = int(row.get("__row__", 0)) or None

        def bad(column: str, reason: str, severity: str = "error") -> None:
            problems.append(Problem(file, number, column, reason, severity))

        event_id = _cell(row, "event_id", guarded)
        if not event_id:
            bad("event_id", "empty; every event needs a stable id")
        elif not _EVENT_ID.match(event_id):
            bad("event_id", f"{event_id!r} is not a valid id (letters, digits, '.', '_', ':', '-'; at most 128)")
        elif event_id in seen_rows:
            bad("event_id", f"duplicate id {event_id!r}, first used on row {seen_rows[event_id]}")
        elif (twin := case_twin(event_id, folded_ids)) and not {event_id, twin} <= context.known_event_ids:
            bad("event_id", case_clash(event_id, twin, f"the id on row {seen_rows[twin]},"))
        else:
            seen_rows[event_id] = number or 0
            folded_ids[event_id.casefold()] = event_id
        fields = event_fields(row, guarded, bad, context, new_processes)
        review_state = fields["review_state"]

        for part in split_list(_cell(row, "actors", guarded)):
            match = _ACTOR_CELL.match(part)
            if not match:
                bad("actors", f"{part!r} should be 'Name [role]'")
                continue
            name, role = match.group("name").strip(), match.group("role").strip()
            if role not in ROLES:
                bad("actors", f"unknown role {role!r} for {name!r}; use one of: {', '.join(ROLES)}")
                continue
            actor_id = context.actors.resolve(name)
            if actor_id is None:
                # Names that fold alike are one new actor (as they are one stored actor), under the first spelling.
                if fold(name) not in new_actors:
                    new_actors[fold(name)] = (name, context.actors.new_id(name, taken={i for _, i in new_actors.values()}))
                actor_id = new_actors[fold(name)][1]
                unknown_rows.setdefault(fold(name), []).append(number)  # one warning per name, after the rows
            event_actors.append({"event_id": event_id, "actor_id": actor_id, "role": role})

        source_lines = _row_sources(row, guarded)
        # A rejected event may have none: a candidate merged into another event gave it its sources, and keeps
        # only its `duplicate_of` link (a full export of a reviewed store must import back).
        if not source_lines and review_state != "rejected":
            bad("sources", "every event needs at least one source: publisher | published | title | url")
        source_ids = []
        for n, parts in enumerate(source_lines, start=1):
            if isinstance(parts, ValueError):
                bad("sources", str(parts))
                continue
            publisher, published, source_title, url = parts
            if not publisher:
                bad("sources", f"source {n} has no publisher")
            if url and not is_web_url(url):
                bad("sources", f"source {n}: {url!r} is not an http(s) address; only http:// and https:// links are accepted")
            try:
                published_at = _parse_timestamp(published)
            except DateParseError as exc:
                bad("sources", f"source {n}: {exc}")
                published_at = None
            source_id = f"{event_id}:s{n}"
            source_ids.append(source_id)
            sources.append({"source_id": source_id, "event_id": event_id, "publisher": publisher,
                            "title": source_title, "url": url or None, "published_at": published_at})
        for n, (index, speaker, text) in enumerate(_row_quotes(row, guarded, bad), start=1):
            if not 1 <= index <= len(source_lines):
                bad("quotes", f"quote {n} cites source [{index}] but the event has {len(source_lines)} source(s)")
                continue
            quotes.append({"quote_id": f"{event_id}:q{n}", "event_id": event_id, "source_id": f"{event_id}:s{index}",
                           "speaker": speaker.strip() or None, "text": text})
        for part in split_list(_cell(row, "links", guarded)):
            pieces = part.split()
            if len(pieces) != 2 or pieces[0] not in LINK_TYPES:
                bad("links", f"{part!r} should be '<link type> <event id>' with a link type of: {', '.join(LINK_TYPES)}")
                continue
            if pieces[1] not in file_ids and pieces[1] not in context.known_event_ids:
                bad("links", f"{part!r} points to an event id that is neither in this file, nor in an earlier file "
                             "of this import, nor in the store")
                continue
            links.append({"from_event_id": event_id, "to_event_id": pieces[1], "link_type": pieces[0]})

        events.append({"event_id": event_id, **fields, "confidence": confidence_value(row, guarded, bad)})

    # a country's name is a state whichever importer reads it first (a flat file made Armenia 'other', GDELT a state)
    countries = {name: country_code(name, codes=False) for name, _ in new_actors.values()}
    for told, (key, numbers) in enumerate(unknown_rows.items()):  # an actor new to the store once, with the rows
        # it is in (it was said on every row: 200 lines, then "101 more", for one name)
        where = f" (and on {len(numbers) - 1} more rows)" if len(numbers) > 1 else ""  # as the GDELT reader says it
        # a near spelling of a stored actor is most likely a typo; looked for in the first few only (a machine-coded
        # file brings thousands of new names, and each look is a pass over every stored name)
        hint = spelling_hint(new_actors[key][0], context.actors) if told < MAX_SPELLING_HINTS else ""
        country = countries[new_actors[key][0]]
        kind = f"kind 'state', country {country}" if country else "kind 'other'"
        problems.append(Problem(file, numbers[0], "actors", f"actor {new_actors[key][0]!r} is not known; it will be added "
                                f"as a new actor of {kind}{hint}{where}", "warning"))
    actors = [{"actor_id": actor_id, "name": name, "kind": "state" if countries[name] else "other",
               "country": countries[name], "review_state": "confirmed"} for name, actor_id in new_actors.values()]
    processes = [{"process_id": process_id, "name": name} for name, process_id in new_processes.ids.items()]
    event_frame = _frame("events", events)
    event_frame.attrs[ROWS_ATTR] = {e: n for e, n in seen_rows.items() if n}
    tables = Tables(events=event_frame, event_actors=_frame("event_actors", event_actors),
                    sources=_frame("sources", sources), quotes=_frame("quotes", quotes),
                    event_links=_frame("event_links", links), actors=_frame("actors", actors),
                    processes=_frame("processes", processes))
    return tables, problems


def _frame(table: str, records: list[dict]) -> pd.DataFrame:
    """Parsed rows as a frame of `table`; none: the empty frame, which is what `coerce` makes of none, without
    converting each column (an edit parses one row, and most of its tables are empty)."""
    return coerce(table, pd.DataFrame(records)) if records else empty_frame(table)


class NewProcesses:
    """Processes a file names that the store does not know; each gets an id no other process has.

    A name is the same process as an earlier new one when it folds alike or is its id (as a
    stored process is found by name, alias or id); a name whose id is taken by another process
    gets the next free id (`astana-2`) and a warning naming both: nothing stored is renamed.
    """

    def __init__(self, known: ProcessIndex):
        self.known = known
        self.ids: dict[str, str] = {}  # name -> new id
        self._by_key: dict[str, str] = {}

    def add(self, name: str) -> tuple[str, str | None]:
        """(the process's name, a warning when it is new here, else None) for a name the store does not know."""
        found = self._by_key.get(fold(name))
        if found is not None:
            return found, None
        process_id = self.known.new_id(name, taken=set(self.ids.values()))
        self.ids[name] = process_id
        self._by_key[fold(name)] = self._by_key[process_id] = name
        note = f"process {name!r} is not known; it will be added with id {process_id!r}"
        wanted = slug(name)
        if process_id != wanted:
            owner = self.known.names.get(wanted) or next((n for n, i in self.ids.items() if i == wanted), "?")
            note += f" (the id {wanted!r} is taken by the process {owner!r}, which is left as it is)"
        return name, note


def _row_sources(row: dict, guarded: bool) -> list[tuple[str, str, str, str] | ValueError]:
    """A row's sources as (publisher, published, title, url): given apart (`__sources__`, from JSON, so that a
    publisher "TASS | Moscow" or a title with a line break is not split as the flat text would be) or parsed from
    the cell, a line that does not parse as its ValueError."""
    given = row.get("__sources__")
    if given is not None:
        out: list[tuple[str, str, str, str] | ValueError] = []
        for n, source in enumerate(given, start=1):
            publisher, published, title, url = (str(part).strip() for part in source)
            if "|" in publisher + published + url:  # what a CSV export could not write back
                out.append(ValueError(f"source {n}: a publisher, date or address cannot hold '|' (the flat format's "
                                      f"separator): {publisher!r}, {published!r}, {url!r}"))
            else:  # a title's line breaks are spaces, as the flat format writes them
                out.append((publisher, published, " ".join(title.split()), url))
        return out
    parsed: list[tuple[str, str, str, str] | ValueError] = []
    for line in _cell(row, "sources", guarded).splitlines():
        if line.strip():
            try:
                parsed.append(parse_source_line(line))
            except ValueError as exc:
                parsed.append(exc)
    return parsed


def _row_quotes(row: dict, guarded: bool, bad: Callable[[str, str], None]) -> list[tuple[int, str, str]]:
    """A row's quotes as (source number, speaker, text): given apart (`__quotes__`, from JSON) or parsed from the cell."""
    given = row.get("__quotes__")
    if given is not None:
        return list(given)
    quotes = []
    for n, line in enumerate(_split_quotes(_cell(row, "quotes", guarded)), start=1):
        match = _QUOTE_LINE.match(line)
        if not match:
            bad("quotes", f'quote {n} should be [n] Speaker: "text", got {line[:60]!r}')
            continue
        quotes.append((int(match.group("n")), match.group("speaker"), match.group("text")))
    return quotes


def _split_quotes(cell: str) -> list[str]:
    """Quotes are one per line, but a line that doesn't start with [n] continues the previous quote, after a line
    break (a quote of two paragraphs, as the export writes it)."""
    lines: list[str] = []
    for line in cell.splitlines():
        if re.match(r"^\s*\[\d+\]", line) or not lines:
            lines.append(line.strip())
        else:
            lines[-1] += "\n" + line.strip()
    return [line.strip() for line in lines if line.strip()]


def _day(value: object) -> str:
    return "" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _stamp(value: object) -> str:
    if value is None or pd.isna(value):
        return ""
    stamp = pd.Timestamp(value)
    if stamp == stamp.normalize():
        return stamp.date().isoformat()
    return stamp.isoformat(timespec="minutes" if stamp.second == 0 else "seconds")


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)


def tables_to_rows(tables: Tables, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Flatten `events` (default: all) with their actors, sources, quotes and links into FLAT_COLUMNS (str cells).

    Built column at a time in Arrow by `tracker.flat_columns` (the CSV export writes those
    columns without making a Python string per cell).
    """
    columns = flat_columns(tables, events)
    return pd.DataFrame({c: pd.Series(v.to_numpy(zero_copy_only=False), dtype=object) for c, v in columns.items()},
                        columns=list(FLAT_COLUMNS))
