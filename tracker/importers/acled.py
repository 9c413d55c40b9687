"""ACLED exports, as CSV or XLSX: the 2020 layout (31 columns, `data_id` first) and today's (`event_id_cnty` first).

Strategic developments / Agreement becomes an `agreement`; every other event an `other` tagged
with its ACLED type. time_precision 1 is a day; 2 (within a week) and 3 (within a month) are
stored as the month, since the tracker never fakes a day it does not know.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path


from tracker.cells import header_row
from tracker.countries import country_code
from tracker.importers.actors import Actor, CountryActors, describe_new_actors
from tracker.importers.base import Head, ImportOptions, Progress, checked_tables, flat_row, last_day, one_line, source_line
from tracker.models import Tables
from tracker.problems import Problem
from tracker.readers import read_table

REQUIRED = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "country",
            "location", "source", "notes")
#: Columns of the 2020 layout that today's does not have, and the reverse (for the message that says which).
LAYOUT_2020 = ("data_id", "event_id_no_cnty", "iso3")
LAYOUT_NOW = ("disorder_type", "civilian_targeting", "tags")
ACLED_COLUMNS = {"event_id": "event_id_cnty", "title": "sub_event_type", "start_date": "event_date",
                 "date_precision": "time_precision", "actors": "actor1", "venue": "location", "summary": "notes",
                 "sources": "source", "venue_country": "iso", "tags": "event_type"}
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y")
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")
#: ACLED's name for a state's government, "Government of Russia (2000-)": the state itself, as GDELT's RUSGOV is (it
#: became a new group, so `--actor Russia` missed the event)
_GOVERNMENT_OF = re.compile(r"Government of (?P<state>[^()]+?)\s*(?:\([^()]*\))?")
#: The years ACLED writes after a government or force ("Military Forces of Syria (2000-2024)"), left out of titles.
_YEARS = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def acled_title(kind: str, actors: list[str], place: str) -> str:
    """A title as an analyst writes it from an ACLED row, as the GDELT importer's: who, what, where ("Russia –
    Syria: agreement in Astana"); ACLED's raw names ("Government of Russia (2000-)") are the states they name."""
    what = kind[:1].lower() + kind[1:] if kind[1:2].islower() else kind
    where = f" in {place}" if place else ""
    return (f"{' – '.join(actors)}: {what}{where}" if actors else f"{kind}{where}")[:500]


def slash_order(texts: list[str]) -> str | None:
    """How a file writes its 4/7/2019 dates: "dmy" (ACLED's own, Europe), "mdy" (saved by a US-locale Excel), or
    None when no date tells (every day and month 12 or less, or none slashed). A file's dates share one order, so
    one 16/6/2022 fixes it for all; both kinds in one file is "mixed"."""
    day_first = month_first = False
    for text in texts:
        if m := _SLASHED.fullmatch(text or ""):
            day_first |= int(m.group(1)) > 12
            month_first |= int(m.group(2)) > 12
    return "mixed" if day_first and month_first else "dmy" if day_first else "mdy" if month_first else None


class Acled:
    """The ACLED importer."""

    name = "acled"
    label = "ACLED"

    def recognise(self, head: Head) -> str | None:
        """Why `head` is an ACLED export (or None)."""
        names = set(head.header)
        if {"event_id_cnty", "event_date", "sub_event_type"} <= names:
            layout = "2020 layout" if "data_id" in names else "current layout"
            return f"ACLED export header ({layout}, {len(head.header)} columns)"
        return None

    def read(self, path: Path, known: Tables, label: str, options: ImportOptions,
             progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
        """Read an ACLED export into checked Tables."""
        header, rows, notes = read_table(path, label, options.sheet)
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            return Tables(), notes + [Problem(label, header_row(notes), ", ".join(missing),
                                              "required ACLED column(s) missing")]
        problems: list[Problem] = list(notes)
        described: dict[str, Actor] = {}
        named: dict[tuple[int, str], str] = {}  # (row, actor as stored) -> the ACLED column it was read from
        order = slash_order([row.get("event_date", "") for row in rows])
        states = CountryActors(known.actors)
        flat_rows = [r for r in (_row(row, label, problems, described, options, order, states, named) for row in rows)
                     if r is not None]
        if not flat_rows and not problems:
            return Tables(), [Problem(label, None, None, "the file has a header but no event rows")]
        tables, found = checked_tables(flat_rows, label, known, ACLED_COLUMNS, progress) if flat_rows else (Tables(), [])
        problems = sorted(problems + found, key=lambda p: p.row or 0)  # every problem at once, in row order
        if any(p.severity == "error" for p in problems):
            return Tables(), problems
        tables, problems = describe_new_actors(tables, problems, described)
        return tables, [_at_actor_column(p, named) for p in problems]


_ACTOR_NAMED = re.compile(r"^actor (['\"])(.+?)\1 ")


def _at_actor_column(problem: Problem, named: dict[tuple[int, str], str]) -> Problem:
    """A problem with an actor at the ACLED column the actor was read from (actor1, assoc_actor_1, actor2 or
    assoc_actor_2): the flat check knows one `actors` cell, which names actor1 for all four."""
    match = _ACTOR_NAMED.match(problem.reason) if problem.column == ACLED_COLUMNS["actors"] else None
    column = named.get((problem.row or 0, match.group(2))) if match else None
    return replace(problem, column=column) if column else problem


def _date(text: str, order: str | None) -> dt.date | None:
    if m := _SLASHED.fullmatch(text or ""):
        if order not in ("dmy", "mdy"):
            return None
        first, second, year = (int(g) for g in m.groups())
        day, month = (first, second) if order == "dmy" else (second, first)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


def _country(row: dict[str, str]) -> str:
    """The ISO alpha-3 code: `iso3` (2020), else the numeric `iso`, else the country's name."""
    iso = row.get("iso", "")
    return (country_code(row.get("iso3", "")) or (country_code(f"{int(iso):03d}") if iso.isdigit() else None)
            or country_code(row.get("country", "")) or "")


def _row(row: dict[str, str], file: str, problems: list[Problem], described: dict[str, Actor],
         options: ImportOptions, order: str | None = None, states: CountryActors | None = None,
         named: dict[tuple[int, str], str] | None = None) -> dict[str, str] | None:
    number = int(row["__row__"])
    cell = {k: one_line(v) for k, v in row.items()}
    day = _date(cell["event_date"], order)
    if day is None:
        slashed = _SLASHED.fullmatch(cell["event_date"])
        why = (": the file writes dates both day first and month first" if order == "mixed" else
               ": it could be day/month or month/day, and no date of the file tells which") if slashed and \
            order not in ("dmy", "mdy") else "is not a date (2023-06-22 or 22 June 2023)"
        problems.append(Problem(file, number, "event_date", f"{cell['event_date']!r} {why}; write it as 2023-06-22"))
    precision = {"1": "day", "2": "month", "3": "month"}.get(cell["time_precision"])
    if precision is None:
        problems.append(Problem(file, number, "time_precision", f"{cell['time_precision']!r}: ACLED's time precision is 1, 2 or 3"))
    if not cell["event_id_cnty"]:
        problems.append(Problem(file, number, "event_id_cnty", "empty; every ACLED event has an id"))
    if day is None or precision is None or not cell["event_id_cnty"]:
        return None
    start, end = (day, None) if precision == "day" else (day.replace(day=1), last_day(day.year, day.month))
    kind, sub = cell["event_type"], cell["sub_event_type"]
    agreement = kind.casefold() == "strategic developments" and sub.casefold() == "agreement"
    country = _country(row)
    actors = []
    shown: dict[str, str] = {}  # ACLED's name in actor1 or actor2 -> the name a title gives it
    for column, role in (("actor1", "participant" if agreement else "initiator"), ("assoc_actor_1", "participant"),
                         ("actor2", "participant" if agreement else "target"), ("assoc_actor_2", "participant")):
        for name in (n.strip() for n in cell.get(column, "").split(";")):
            name = name.replace("[", "(").replace("]", ")")
            government = _GOVERNMENT_OF.fullmatch(name)
            code = country_code(government.group("state")) if government and states is not None else None
            state = states.state(code) if code else None
            if column in ("actor1", "actor2") and name:
                shown.setdefault(name, state.name if state is not None else _YEARS.sub("", name).strip())
            if state is not None:
                name = state.cell
                described.setdefault(name, state)
            if name and all(f"{name} [" not in a for a in actors):
                actors.append(f"{name} [{role}]")
                if named is not None:
                    named[(number, name)] = column
                described.setdefault(name, Actor(name, name, "group", None))
    sources = [source_line(s.strip(), "", f"ACLED {cell['event_id_cnty']}", "") for s in cell["source"].split(";") if s.strip()]
    tags = [f"ACLED {kind}: {sub}".replace(";", ",")]
    return flat_row(
        number, event_id=f"acled-{cell['event_id_cnty']}", title=acled_title(sub or kind, list(shown.values()), cell["location"]),
        event_type="agreement" if agreement else "other", status="held", start_date=start.isoformat(),
        end_date=end.isoformat() if end else "", date_precision=precision, venue=cell["location"],
        venue_country=country, summary=row.get("notes", "").strip(), tags="; ".join(tags), actors="; ".join(actors),
        sources="\n".join(sources) or source_line("ACLED", "", f"ACLED {cell['event_id_cnty']}", ""),
        review_state=options.state or "confirmed")
