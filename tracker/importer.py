"""Reading chronology files (CSV, XLSX, JSON, and the reference tables) into checked Tables."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pandas as pd

from tracker.cells import header_row
from tracker.event_ids import case_clash, case_twin, case_twins
from tracker.flat import FLAT_COLUMNS, ROWS_ATTR, ParseContext, is_web_url, rows_to_tables
from tracker.frames import coerce
from tracker.models import ACTOR_KINDS, Tables
from tracker.problems import InputError, Problem
from tracker.readers import is_workbook, read_csv_rows, read_json, read_json_lines, read_table
from tracker.venue_names import venue_name_problems
from tracker.resolve import ActorIndex, ProcessIndex, fold

SUPPORTED = (".csv", ".xlsx", ".xlsm", ".json", ".jsonl")
#: The shipped chronology (never written by the program).
SHIPPED_DATA = Path(__file__).resolve().parents[1] / "data"


def merged_reference(base: Tables, extra: Tables) -> Tables:
    """`base` with the actors, processes and venues of `extra` added (extra wins on equal keys)."""
    def union(table: str, key: list[str]) -> pd.DataFrame:
        frames = [f for f in (getattr(base, table), getattr(extra, table)) if not f.empty]
        if not frames:
            return getattr(base, table)
        combined = pd.concat(frames, ignore_index=True).drop_duplicates(subset=key, keep="last")
        return coerce(table, combined)

    return base.replace(actors=union("actors", ["actor_id"]), processes=union("processes", ["process_id"]),
                        venues=union("venues", ["venue_id", "name", "valid_from"]))


def parse_events_file(path: Path, known: Tables, label: str | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      sheet: str | None = None) -> tuple[Tables, list[Problem]]:
    """Parse an event file (flat CSV/XLSX or JSON export; of a workbook, the sheet named `sheet` or the first visible
    one) against what is `known`; never raises on row problems."""
    name = label or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError([Problem(name, None, None, f"unsupported file type {suffix or '(none)'}; use one of: {', '.join(SUPPORTED)}")])
    notes: list[Problem] = []  # which row of a sheet was its header, when a title came first
    if suffix in (".json", ".jsonl"):
        if sheet is not None:
            raise InputError([Problem(name, None, None, f"--sheet {sheet!r} names a sheet of an XLSX workbook, and "
                                                        "this file is JSON")])
        if suffix == ".jsonl":  # `tracker export --format jsonl`: an event a line, numbered by its line
            header, rows = json_rows(*read_json_lines(path, name), name=name)
        else:
            header, rows = json_rows(read_json(path, name), name=name)
    else:
        header, rows, notes = read_table(path, name, sheet)
    # Only a CSV holds cells our export formula-guarded (`'=...`); XLSX and JSON hold the text itself.
    guarded = suffix == ".csv" and not is_workbook(path)
    context = ParseContext(actors=ActorIndex(known.actors), processes=ProcessIndex(known.processes),
                           known_event_ids=set(known.events["event_id"].dropna()))
    report = (lambda done: progress(done, len(rows))) if progress is not None else None
    at = header_row(notes)
    tables, problems = rows_to_tables(rows, header, name, context, report, guarded=guarded, header_row=at)
    if any(p.severity == "error" for p in problems):
        return tables, notes + problems
    tables, kept = keep_stored_where_absent(tables, header, known, name, at)
    return tables, notes + problems + kept


#: Flat columns that are one events column of the same name, and those that are an event's child rows.
_SCALAR_COLUMNS = ("end_date", "date_precision", "process", "round_number", "venue", "venue_country", "summary",
                   "tags", "review_state", "evidence", "confidence")
_CHILD_COLUMNS = {"actors": ("event_actors", "event_id"), "quotes": ("quotes", "event_id"),
                  "links": ("event_links", "from_event_id")}


def keep_stored_where_absent(tables: Tables, header: list[str], known: Tables, file: str,
                             header_row: int = 1) -> tuple[Tables, list[Problem]]:
    """`tables` in which every event already in the store keeps its stored value of each column the file does not
    have (a correction sheet of ids, titles and dates): an import replaces an event whole, and a missing column
    had emptied the event's process, venue, summary, actors and links. A stored quote whose source the file no
    longer gives is dropped (a warning says how many). A warning names the columns kept."""
    absent = [c for c in (*_SCALAR_COLUMNS, *_CHILD_COLUMNS) if c not in header]
    stored_ids = set(known.events["event_id"].dropna())
    ids = [e for e in tables.events["event_id"] if e in stored_ids]
    if not absent or not ids:
        return tables, []
    rows = tables.events.attrs.get(ROWS_ATTR)
    events = tables.events.copy()
    mine = events["event_id"].isin(ids).to_numpy()
    stored = known.events.drop_duplicates("event_id").set_index("event_id")
    for column in (c for c in absent if c in _SCALAR_COLUMNS):
        values = events[column].astype(object)
        values[mine] = [None if pd.isna(v) else v for v in stored.loc[events.loc[mine, "event_id"], column].astype(object)]
        events[column] = values
    changed: dict[str, pd.DataFrame] = {"events": coerce("events", events)}
    dropped = 0
    sources = set(tables.sources["source_id"].dropna())
    for column in (c for c in absent if c in _CHILD_COLUMNS):
        table, key = _CHILD_COLUMNS[column]
        given, old = getattr(tables, table), getattr(known, table)
        kept = old[old[key].isin(ids)]
        if table == "quotes":
            dropped = int((~kept["source_id"].isin(sources)).sum())
            kept = kept[kept["source_id"].isin(sources)]
        changed[table] = coerce(table, pd.concat([given[~given[key].isin(ids)], kept], ignore_index=True))
    if rows is not None:
        changed["events"].attrs[ROWS_ATTR] = rows
    problems = [Problem(file, header_row, ", ".join(absent), f"not in the file: the {len(ids):,} event(s) already in the store "
                        "keep their stored values of these columns (events new to the store get them empty)", "warning")]
    if dropped:
        problems.append(Problem(file, header_row, "quotes", f"{dropped} stored quote(s) cite a source the file no longer gives; "
                                "they are dropped", "warning"))
    return tables.replace(**changed), problems


def json_rows(data: object, numbers: list[int] | None = None, *, name: str) -> tuple[list[str], list[dict]]:
    """Turn the nested JSON export back into flat rows (row = 1-based position + 1, as in a CSV; or the given
    `numbers`, a JSON Lines file's line of each event).

    `actors`, `sources` and `links` may each be a list (as exported) or the flat format's text;
    anything else is an error naming the event's row and the field. Quotes keep their speaker and
    text apart (`__quotes__`), so a speaker holding `: "` cannot move the boundary.
    """
    events = data.get("events") if isinstance(data, dict) else data
    if not isinstance(events, list):
        raise InputError([Problem(name, None, None, 'expected {"events": [...]} or a list of events')])
    if not events:
        raise InputError([Problem(name, None, None, "the file holds no events")])
    rows, problems = [], []
    for number, event in zip(numbers or range(2, len(events) + 2), events):
        if not isinstance(event, dict):
            problems.append(Problem(name, number, None, f"each event must be a JSON object, not {_json_kind(event)}"))
            continue
        row, found = _json_event(event, number, name)
        problems += found
        rows.append(row)
    if problems:
        raise InputError(problems)
    header = list(FLAT_COLUMNS)
    extra = sorted({k for e in events if isinstance(e, dict) for k in e} - set(header) - {"actors", "sources", "links"})
    return header + extra, rows


def _json_kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(type(value), "a number")


def _json_event(event: dict, number: int, name: str) -> tuple[dict, list[Problem]]:
    """One exported event as a flat row, and the problems of its shape."""
    problems: list[Problem] = []

    def bad(field: str, reason: str) -> None:
        problems.append(Problem(name, number, field, reason))

    row: dict = {}
    for key, value in event.items():
        if key in ("actors", "sources", "links"):
            continue
        if isinstance(value, (list, dict)):
            bad(key, f"expected text, a number or null, not {_json_kind(value)}")
        else:
            row[key] = "" if value is None else str(value)
    row["actors"] = _json_list(event.get("actors"), "actors", bad, _json_actor)
    quotes: list[tuple[int, str, str]] = []
    lines, given = [], []
    sources = event.get("sources")
    if isinstance(sources, str):
        row["sources"] = sources
    elif sources is not None and not isinstance(sources, list):
        bad("sources", f"expected a list of sources or the flat text, not {_json_kind(sources)}")
    else:
        for n, source in enumerate(sources or [], start=1):
            if not isinstance(source, dict):
                bad("sources", f"source {n} is {_json_kind(source)}, not an object with publisher, published_at, title, url")
                continue
            parts = [source.get(k) for k in ("publisher", "published_at", "title", "url")]
            if any(isinstance(v, (list, dict)) for v in parts):
                bad("sources", f"source {n}: publisher, published_at, title and url are text")
                continue
            lines.append(" | ".join("" if v is None else str(v) for v in parts))
            given.append(tuple("" if v is None else str(v) for v in parts))
            source_quotes = source.get("quotes") or []
            if not isinstance(source_quotes, list):
                bad("quotes", f"source {n}: quotes must be a list of {{speaker, text}} objects, not {_json_kind(source_quotes)}")
                continue
            for q, quote in enumerate(source_quotes, start=1):
                if not isinstance(quote, dict) or isinstance(quote.get("text"), (list, dict)) \
                        or isinstance(quote.get("speaker"), (list, dict)):
                    bad("quotes", f"source {n}, quote {q}: expected an object with speaker and text")
                    continue
                quotes.append((n, "" if quote.get("speaker") is None else str(quote["speaker"]),
                               "" if quote.get("text") is None else str(quote["text"])))
        row["sources"] = "\n".join(lines)
        row["__sources__"] = given  # kept apart, as the quotes: "TASS | Moscow" is one publisher
    row["quotes"] = "\n".join(f'[{n}] {speaker}: "{text}"' for n, speaker, text in quotes)
    row["__quotes__"] = quotes
    row["links"] = _json_list(event.get("links"), "links", bad, _json_link)
    row["__row__"] = str(number)
    return row, problems


def _json_list(value: object, field: str, bad: Callable[[str, str], None], item: Callable[[object], str | None]) -> str:
    """A list field as the flat cell: items joined by `; `, or the flat text itself; errors through `bad`."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        bad(field, f"expected a list or the flat text, not {_json_kind(value)}")
        return ""
    parts = []
    for n, entry in enumerate(value, start=1):
        text = item(entry)
        if text is None:
            bad(field, f"item {n} is {_json_kind(entry)}, which is not a valid entry")
        else:
            parts.append(text)
    return "; ".join(parts)


def _json_actor(actor: object) -> str | None:
    if isinstance(actor, str):
        return actor  # "Name [role]", as in the flat format
    if not isinstance(actor, dict) or isinstance(actor.get("name"), (list, dict)) or isinstance(actor.get("role"), (list, dict)):
        return None
    return f"{actor.get('name') or actor.get('actor_id')} [{actor.get('role') or ''}]"


def _json_link(link: object) -> str | None:
    if isinstance(link, str):
        return link  # "<link type> <event id>", as in the flat format
    if not isinstance(link, dict):
        return None
    return f"{link.get('link_type')} {link.get('to_event_id')}"


def event_rows(tables: Tables) -> dict[str, int]:
    """{event id: its row in the file it was read from}, as the flat check recorded it (empty if unknown)."""
    return dict(tables.events.attrs.get(ROWS_ATTR) or {})


#: The warning at a stored event's row (`tracker.importing.said_changes` adds what changes in it).
STORED_UPDATED = "is already in the store; it will be updated"


def check_against_store(tables: Tables, known: Tables, file: str) -> list[Problem]:
    """Problems that need the store: events already in it (a warning at their row: they will be updated)."""
    problems = []
    rows = event_rows(tables)
    ids = tables.events["event_id"].dropna()
    clashes = ids[ids.isin(known.events["event_id"])]
    for event_id in clashes:
        problems.append(Problem(file, rows.get(event_id), "event_id",
                                f"{event_id!r} {STORED_UPDATED}", "warning"))
    new = ids[~ids.isin(known.events["event_id"])]
    stored_ids = known.events["event_id"].dropna().astype(str)
    near = new[new.str.casefold().isin(stored_ids.str.casefold())]  # a new event beside a stored one? (few, if any)
    if len(near):
        stored = case_twins(stored_ids[stored_ids.str.casefold().isin(near.str.casefold())])
        for event_id in near:
            problems.append(Problem(file, rows.get(event_id), "event_id",
                                    case_clash(event_id, case_twin(event_id, stored), "stored event")))
    return problems + round_problems(tables, known, file) + venue_name_problems(
        tables.events, known.venues if not known.venues.empty else tables.venues, file, rows)


def round_problems(tables: Tables, known: Tables, file: str) -> list[Problem]:
    """A warning at each new event numbered as a round its process already has, stored or on an earlier row: a wrong
    process or number, or the same round under another id, which would put two of it on the timeline."""
    rows = event_rows(tables)
    new = tables.events[~tables.events["event_id"].isin(known.events["event_id"])]
    new = new[new["process"].notna() & new["round_number"].notna()]
    if new.empty:
        return []
    stored = known.events[known.events["process"].isin(new["process"].unique()) & known.events["round_number"].notna()]
    taken = {(process, int(number)): f"stored event {event_id!r}"
             for event_id, process, number in zip(stored["event_id"], stored["process"], stored["round_number"])}
    problems = []
    for event_id, process, number in zip(new["event_id"], new["process"], new["round_number"]):
        key = (process, int(number))
        if key in taken:
            problems.append(Problem(file, rows.get(event_id), "round_number",
                                    f"round {key[1]} of {process} is already {taken[key]}: check the process and "
                                    "the number", "warning"))
        else:
            row = rows.get(event_id)
            taken[key] = f"{event_id!r}" + (f" of row {row}" if row else "")
    return problems


#: Why a TimelineJS row of a stored event is left out (`tracker.importers.repeats.leave_stored`): imported over it,
#: it replaced its sources, actors and links (QA: astana-20 went from 4 sources to 1).
PARTIAL_WHY = ("a TimelineJS story holds only part of an event: one source, no links; import the tracker's own "
               "CSV, JSON or XLSX export to update events")


def check_partial_format(tables: Tables, known: Tables, file: str) -> list[Problem]:
    """A TimelineJS story's events that look like stored ones under another id: a warning at their row (the events
    under a stored id are left out before, by `leave_stored`)."""
    rows = tables.events.attrs.get(ROWS_ATTR) or {}
    stored = set(known.events["event_id"].dropna())
    problems = []
    # A TimelineJS sheet has no id column: its events come back under new ids, beside the stored ones (QA: 96 -> 192)
    key = lambda frame: list(zip(frame["title"].astype(str), pd.to_datetime(frame["start_date"]).dt.date))
    same = dict(zip(key(known.events), known.events["event_id"]))
    earlier: dict[tuple, str] = {}  # (title, start) -> the id of the story's first event of them
    for event_id, pair in zip(tables.events["event_id"], key(tables.events)):
        if event_id not in stored and pair in same:
            problems.append(Problem(file, rows.get(event_id), "Headline",
                                    f"the same title and start as stored event {same[pair]!r}: importing adds it "
                                    "again as a new event (a TimelineJS sheet has no id column)", "warning"))
        if pair in earlier:  # one event twice in the story, under two ids (two slides of one meeting)
            first = earlier[pair]
            where = f"row {rows[first]}" if rows.get(first) else "an earlier slide"
            problems.append(Problem(file, rows.get(event_id), "Headline",
                                    f"the same headline and start as {where} ({first!r}): the story holds this event "
                                    f"twice, under ids {first!r} and {event_id!r}; both are imported (delete one of "
                                    "the two slides to import it once)", "warning"))
        else:
            earlier[pair] = event_id
    return problems


def check_across_files(tables: Tables, file: str, earlier: dict[str, tuple[str, int | None]]) -> list[Problem]:
    """Errors for events whose id an earlier file of the same import has; `earlier` gains this file's ids.

    Two files with one id would make one event of both (title from one, sources from both).
    """
    problems = []
    rows = event_rows(tables)
    folded = case_twins(earlier)  # the earlier files' ids (twins within this file are the flat check's)
    for event_id in tables.events["event_id"].dropna():
        row = rows.get(event_id)
        twin = case_twin(event_id, folded) if event_id not in earlier else None
        if event_id in earlier:
            other_file, other_row = earlier[event_id]
            where = other_file + (f", row {other_row}" if other_row else "")
            problems.append(Problem(file, row, "event_id", f"duplicate id {event_id!r}: {where} has it too; "
                                                           "an event may be in one file of an import only"))
        elif twin:
            other_file, other_row = earlier[twin]
            problems.append(Problem(file, row, "event_id", case_clash(
                event_id, twin, f"the id of {other_file}" + (f", row {other_row}," if other_row else ""))))
        else:
            earlier[event_id] = (file, row)
    return problems


def with_events_of(reference: Tables, tables: Tables) -> Tables:
    """`reference` knowing the events of `tables` too, so a later file of an import may link to them."""
    if tables.events.empty:
        return reference
    return reference.replace(events=pd.concat([reference.events, tables.events], ignore_index=True))


# --- the reference tables: processes, actors, venues --------------------------------

_ACTOR_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def read_reference_tables(folder: Path) -> tuple[Tables, list[Problem]]:
    """Read processes.csv, actors.csv and venues.csv from `folder`, checking each row."""
    problems: list[Problem] = []
    frames = {}
    for table, required in (("processes", ("process_id", "name")), ("actors", ("actor_id", "name", "kind")),
                            ("venues", ("venue_id", "name"))):
        path = folder / f"{table}.csv"
        header, rows = read_csv_rows(path)
        missing = [c for c in required if c not in header]
        if missing:
            problems.append(Problem(str(path), 1, ", ".join(missing), "required column(s) missing"))
        frames[table] = (path, pd.DataFrame(rows))
    process_path, processes = frames["processes"]
    ids_seen: dict[str, int] = {}
    names_seen: dict[str, int] = {}
    for row in processes.to_dict("records"):
        number, process_id, name = int(row["__row__"]), row.get("process_id", ""), fold(row.get("name", ""))
        if process_id in ids_seen:
            problems.append(Problem(str(process_path), number, "process_id", f"duplicate id {process_id!r}, first on row {ids_seen[process_id]}"))
        if name in names_seen:
            problems.append(Problem(str(process_path), number, "name", f"duplicate name {row.get('name')!r}, first on row {names_seen[name]}"))
        ids_seen.setdefault(process_id, number)
        names_seen.setdefault(name, number)
    actor_path, actors = frames["actors"]
    seen: dict[str, int] = {}
    for row in actors.to_dict("records"):
        number = int(row["__row__"])
        if not _ACTOR_ID.match(row.get("actor_id", "")):
            problems.append(Problem(str(actor_path), number, "actor_id", f"{row.get('actor_id')!r}: lowercase letters, digits, '.', '_', '-'"))
        if row["actor_id"] in seen:
            problems.append(Problem(str(actor_path), number, "actor_id", f"duplicate id, first on row {seen[row['actor_id']]}"))
        seen[row["actor_id"]] = number
        if row.get("kind") not in ACTOR_KINDS:
            problems.append(Problem(str(actor_path), number, "kind", f"unknown kind {row.get('kind')!r}; use: {', '.join(ACTOR_KINDS)}"))
        country = row.get("country", "")
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            problems.append(Problem(str(actor_path), number, "country", f"{country!r} is not an ISO 3166-1 alpha-3 code"))
    for row in actors.to_dict("records"):
        parent = row.get("parent_id", "")
        if parent and parent not in seen:
            problems.append(Problem(str(actor_path), int(row["__row__"]), "parent_id", f"parent {parent!r} is not an actor id in this file"))
    tables = Tables(**{table: coerce(table, frame) for table, (_, frame) in frames.items()})
    return tables, problems


def load_shipped(folder: Path) -> Tables:
    """The shipped chronology in `folder` (reference tables + events.csv); raises InputError on any problem."""
    reference, problems = read_reference_tables(folder)
    events, event_problems = parse_events_file(folder / "events.csv", reference)
    problems += [p for p in event_problems if p.severity == "error"]
    if problems:
        raise InputError(problems)
    return merged_reference(reference, events).replace(
        events=events.events, event_actors=events.event_actors, sources=events.sources,
        quotes=events.quotes, event_links=events.event_links)


__all__ = ["SUPPORTED", "check_across_files", "check_against_store", "event_rows", "is_web_url", "load_shipped", "merged_reference",
           "parse_events_file", "read_reference_tables", "with_events_of"]
