"""GDELT event files: 1.0 (57 or 58 columns) and 2.0 (61), headerless tab-separated, zipped or not.

The file is read a line at a time (never whole), rows outside the chosen CAMEO codes are dropped
at once, and rows of one event (same SQLDATE, actor codes and event code) merge into one event
with one source per distinct SOURCEURL. The row number of a problem is the line in the file.
"""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

import pyarrow as pa
import pyarrow.compute as pc

from tracker.flat import is_web_url
from tracker.frames import STRING
from tracker.importers.actors import Actor, CountryActors, describe_new_actors, fips_to_iso3
from tracker.importers.base import Head, ImportOptions, Progress, checked_tables, flat_row, publisher_of, source_line
from tracker.models import Tables, cameo_type
from tracker.problems import InputError, Problem

_V1 = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + [
    f"Actor{n}{part}" for n in (1, 2) for part in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")] + [
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone"]


def _geo(adm2: bool) -> list[str]:
    parts = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else []) + ["Lat", "Long", "FeatureID"]
    return [f"{who}Geo_{part}" for who in ("Actor1", "Actor2", "Action") for part in parts]


#: Column count -> (GDELT version, column names).
LAYOUTS: dict[int, tuple[str, list[str]]] = {
    57: ("1.0", _V1 + _geo(False) + ["DATEADDED"]),
    58: ("1.0", _V1 + _geo(False) + ["DATEADDED", "SOURCEURL"]),
    61: ("2.0", _V1 + _geo(True) + ["DATEADDED", "SOURCEURL"]),
}
#: Where a problem found in the flat row sits in a GDELT row.
GDELT_COLUMNS = {"start_date": "SQLDATE", "sources": "SOURCEURL", "actors": "Actor1Code", "title": "EventCode",
                 "event_type": "EventCode", "venue": "ActionGeo_FullName", "venue_country": "ActionGeo_CountryCode",
                 "event_id": "GLOBALEVENTID"}
#: Source ids listed in an event's summary at most.
_IDS_SHOWN = 5


def layout_of(line: str) -> int | None:
    """The column count of a GDELT event line (57, 58 or 61), or None if the line is not one."""
    cells = line.rstrip("\r\n").split("\t")
    if len(cells) in LAYOUTS and cells[0].isdigit() and re.fullmatch(r"\d{8}", cells[1]):
        return len(cells)
    return None


@contextmanager
def open_lines(path: Path, name: str) -> Iterator[IO[bytes]]:
    """The file's bytes as a stream of lines: the only member of a zip archive, or the file itself."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise InputError([Problem(name, None, None, f"a zipped GDELT file holds one file, this holds {len(members)}")])
            with archive.open(members[0]) as stream:
                yield stream
    else:
        with path.open("rb") as stream:
            yield stream


@contextmanager
def _returning_memory() -> Iterator[None]:
    """Arrow's jemalloc pool with memory given back at once, while the import works: a million rows peak
    at about a fifth less than in the default pool, which keeps what it frees. Other pools afterwards
    still free these buffers (each remembers its pool)."""
    previous = pa.default_memory_pool()
    try:
        pool = pa.jemalloc_memory_pool()
        pa.jemalloc_set_decay_ms(0)
    except (NotImplementedError, pa.ArrowNotImplementedError):  # a pyarrow built without jemalloc
        yield
        return
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _size(path: Path) -> int:
    """Bytes of the event file (of the zip archive's only member)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return sum(m.file_size for m in archive.infolist() if not m.is_dir())
    return path.stat().st_size


def by_event_id(tables: Tables) -> Tables:
    """Events in the order of their ids (by SQLDATE, then actors and code), each one's actors and sources in
    their order: the store then writes its indexes front to back, several times faster than in file order."""
    def ordered(frame):
        if frame.empty or "event_id" not in frame:
            return frame
        order = pc.sort_indices(pa.array(frame["event_id"].astype(STRING)))  # a stable sort, in Arrow
        return frame.iloc[order.to_numpy()].reset_index(drop=True)

    return tables.replace(events=ordered(tables.events), event_actors=ordered(tables.event_actors),
                          sources=ordered(tables.sources))


class Gdelt:
    """The GDELT event-file importer."""

    name = "gdelt"
    label = "GDELT events"

    def recognise(self, head: Head) -> str | None:
        """Why `head` is a GDELT event file (or None)."""
        columns = layout_of(head.first_line) if head.first_line else None
        if columns is None:
            return None
        zipped = ", zipped" if head.zipped else ""
        return f"GDELT {LAYOUTS[columns][0]} events (headerless tab-separated, {columns} columns{zipped})"

    def read(self, path: Path, known: Tables, label: str, options: ImportOptions,
             progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
        """Stream the file, keep the chosen CAMEO codes, merge rows of one event into checked Tables.

        Arrow reads a regular file in blocks (`tracker.importers.gdelt_fast`); any other file is
        read row by row, which names the line and cell of every problem.
        """
        from tracker.importers.gdelt_fast import Irregular, read_fast

        try:
            with open_lines(path, label) as stream:
                first = stream.readline(1 << 16).decode("utf-8", "replace")
                count = layout_of(first)
                if count is None:
                    raise Irregular("the first line is not a GDELT row")
            version, names = LAYOUTS[count]
            with open_lines(path, label) as stream, _returning_memory():
                tables, problems = read_fast(stream, _size(path), names, version, label, known, options, GDELT_COLUMNS,
                                             progress)
        except Irregular:
            tables, problems = self.read_rows(path, known, label, options, progress)
        return by_event_id(tables), problems

    def read_rows(self, path: Path, known: Tables, label: str, options: ImportOptions,
                  progress: Progress | None = None) -> tuple[Tables, list[Problem]]:
        """Read the file a line at a time, checking each kept row and naming the line of each problem."""
        countries = CountryActors(known.actors)
        problems: list[Problem] = []
        events: dict[tuple[str, ...], dict] = {}
        described: dict[str, Actor] = {}
        count = version = names = None
        with open_lines(path, label) as stream:
            for number, raw in enumerate(stream, start=1):
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as exc:
                    problems.append(Problem(label, number, None, f"not UTF-8 text: byte 0x{raw[exc.start]:02x} cannot be decoded"))
                    continue
                if not line.strip():
                    continue
                cells = line.split("\t")
                if count is None:
                    count = layout_of(line)
                    if count is None:
                        raise InputError([Problem(label, number, None, f"{len(cells)} tab-separated cells; a GDELT event row has 57, 58 or 61")])
                    version, names = LAYOUTS[count]
                if len(cells) != count:
                    problems.append(Problem(label, number, None, f"{len(cells)} cells, but the rows before have {count} (GDELT {version})"))
                    continue
                row = dict(zip(names, cells))
                code = row["EventCode"].strip()
                if not re.fullmatch(r"\d{2,4}", code):
                    problems.append(Problem(label, number, "EventCode", f"{code!r} is not a CAMEO event code (2 to 4 digits)"))
                    continue
                if not code.startswith(options.cameo):
                    continue
                self._add(row, number, label, problems, events, countries, described)
        if count is None:
            raise InputError([Problem(label, None, None, "the file is empty")])
        if any(p.severity == "error" for p in problems):
            return Tables(), problems
        if not events:
            return Tables(), problems + [Problem(label, None, "EventCode", f"no event of CAMEO code(s) {', '.join(options.cameo)} in the file", "warning")]
        rows = [self._flat(event, version, options) for event in events.values()]
        tables, found = checked_tables(rows, label, known, GDELT_COLUMNS, progress)
        return describe_new_actors(tables, problems + found, described)

    @staticmethod
    def _add(row: dict[str, str], number: int, file: str, problems: list[Problem], events: dict,
             countries: CountryActors, described: dict[str, Actor]) -> None:
        """Check one kept row and merge it into its event."""
        text = row["SQLDATE"]
        try:
            day = dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])) if re.fullmatch(r"\d{8}", text) else None
        except ValueError:
            day = None
        if day is None:
            problems.append(Problem(file, number, "SQLDATE", f"{text!r} is not a date written YYYYMMDD"))
            return
        url = row.get("SOURCEURL", "").strip()
        if url and not is_web_url(url):
            problems.append(Problem(file, number, "SOURCEURL", f"{url[:80]!r} is not an http(s) address"))
            return
        key = (text, row["Actor1Code"], row["Actor2Code"], row["EventCode"])
        event = events.get(key)
        if event is None:
            actors = []
            for n in (1, 2):
                actor = countries.from_cameo(row[f"Actor{n}Code"], row[f"Actor{n}Name"], row[f"Actor{n}CountryCode"],
                                             row[f"Actor{n}Type1Code"])
                if actor is not None and all(actor.cell != a.cell for a in actors):
                    actors.append(actor)
                    described.setdefault(actor.name, actor)
            event = events[key] = {"row": number, "day": day, "code": row["EventCode"], "ids": [], "urls": {},
                                   "actors": actors, "codes": (row["Actor1Code"], row["Actor2Code"]),
                                   "place": row["ActionGeo_FullName"].split(",")[0].strip(),
                                   "country": fips_to_iso3().get(row["ActionGeo_CountryCode"].strip(), "")}
        event["ids"].append(row["GLOBALEVENTID"])
        added = row["DATEADDED"]
        if url or not event["urls"]:
            event["urls"].setdefault(url, (row["GLOBALEVENTID"], added))

    @staticmethod
    def _flat(event: dict, version: str, options: ImportOptions) -> dict[str, str]:
        """The flat row of one merged event."""
        event_type, label = cameo_type(event["code"])
        actors = event["actors"]
        roles = ("participant", "participant") if event["code"].startswith("04") else ("initiator", "target")
        cells = [f"{a.cell} [{roles[min(i, 1)]}]" for i, a in enumerate(actors)]
        who = " – ".join(a.name for a in actors) or "unknown actors"
        sources = []
        for url, (event_id, added) in event["urls"].items():
            published = (f"{added[:4]}-{added[4:6]}-{added[6:8]}" + (f"T{added[8:10]}:{added[10:12]}" if len(added) >= 12 else "")
                         if re.fullmatch(r"\d{8}(\d{6})?", added) else "")
            sources.append(source_line(publisher_of(url) if url else "GDELT", published, f"GDELT event {event_id}", url))
        ids = ", ".join(event["ids"][:_IDS_SHOWN]) + (f" and {len(event['ids']) - _IDS_SHOWN} more" if len(event["ids"]) > _IDS_SHOWN else "")
        a1, a2 = event["codes"]
        return flat_row(
            event["row"],
            event_id=f"gdelt-{event['day']:%Y%m%d}-{a1 or 'none'}-{a2 or 'none'}-{event['code']}",
            title=f"{who}: {label[0].lower()}{label[1:]}", event_type=event_type, status="held",
            start_date=event["day"].isoformat(), date_precision="day", venue=event["place"], venue_country=event["country"],
            summary=(f"Machine-coded by GDELT {version}: CAMEO {event['code']} ({label}), actors {a1 or '-'} and "
                     f"{a2 or '-'}; GLOBALEVENTID {ids}."),
            tags=f"GDELT; CAMEO {event['code']}", actors="; ".join(cells), sources="\n".join(sources),
            review_state=options.state or "candidate")
