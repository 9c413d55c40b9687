"""TimelineJS export: Knight Lab's 18-column sheet as CSV (the title slide first), ready for a Google Sheet.

Group is the process, Display Date the span as analysts write it, Text the summary, a line of facts,
the actors and the key quote (HTML, escaped), Media the first source's URL. `tracker import` reads
the sheet back (see tracker/importers/timelinejs.py).
"""
from __future__ import annotations

import csv
import datetime as dt
import html
import io

import pandas as pd

from tracker.flat import guard_formula
from tracker.importers.timelinejs import COLUMNS, FACT_SEP
from tracker.models import Tables

DASH = "\u2013"


def _day(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _text(value: object) -> str:
    """A cell as text; None, NA and NaT as ""."""
    return "" if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else str(value)


def display_date(start: dt.date, end: dt.date | None, precision: str = "day") -> str:
    """A span as analysts write it, months in full: "20–21 June 2023", "June 2023", "2022–2023".

    >>> display_date(dt.date(2023, 6, 20), dt.date(2023, 6, 21))
    '20–21 June 2023'
    """
    end = end or start
    if precision == "year":
        return f"{start.year}" if end.year == start.year else f"{start.year}{DASH}{end.year}"
    if precision == "month":
        if (end.year, end.month) == (start.year, start.month):
            return f"{start:%B %Y}"
        return f"{start:%B}{DASH}{end:%B %Y}" if end.year == start.year else f"{start:%B %Y}{DASH}{end:%B %Y}"
    if end == start:
        return f"{start.day} {start:%B %Y}"
    if (end.year, end.month) == (start.year, start.month):
        return f"{start.day}{DASH}{end.day} {end:%B %Y}"
    if end.year == start.year:
        return f"{start.day} {start:%B} {DASH} {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} {DASH} {end.day} {end:%B %Y}"


def _date_parts(start: dt.date, end: dt.date | None, precision: str) -> tuple[dict[str, int], dict[str, int] | None]:
    """The Year/Month/Day of the start and of the end (None when the period is the start's own)."""
    def parts(day: dt.date) -> dict[str, int]:
        return {"year": day.year, **({"month": day.month} if precision != "year" else {}),
                **({"day": day.day} if precision == "day" else {})}

    own_end = {"day": start, "month": (start + pd.offsets.MonthEnd(0)).date(), "year": dt.date(start.year, 12, 31)}
    if end is None or end == own_end.get(precision, start):
        return parts(start), None
    return parts(start), parts(end)


def _children(tables: Tables, ids: set) -> tuple[dict, dict, dict]:
    """Per event: its actor lines, its sources (in order) and its first quote."""
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    actors: dict[str, list[str]] = {}
    links = tables.event_actors[tables.event_actors["event_id"].isin(ids)]
    for event_id, actor_id, role in zip(links["event_id"], links["actor_id"], links["role"]):
        actors.setdefault(event_id, []).append(f"{_text(names.get(actor_id, actor_id))} ({role})")
    sources: dict[str, list[dict]] = {}
    for row in tables.sources[tables.sources["event_id"].isin(ids)].to_dict("records"):
        sources.setdefault(row["event_id"], []).append(row)
    quotes: dict[str, dict] = {}
    for row in tables.quotes[tables.quotes["event_id"].isin(ids)].to_dict("records"):
        quotes.setdefault(row["event_id"], row)
    return actors, sources, quotes


def slides(tables: Tables, events: pd.DataFrame) -> list[dict]:
    """One slide per event (sheet-independent): dates, headline, HTML text, media, group, id."""
    actors, sources, quotes = _children(tables, set(events["event_id"]))
    out = []
    for event in events.to_dict("records"):
        start, end, precision = _day(event["start_date"]), _day(event["end_date"]), _text(event["date_precision"]) or "day"
        first, last = _date_parts(start, end, precision)
        paragraphs = [f"<p>{html.escape(line)}</p>" for line in _text(event["summary"]).splitlines() if line.strip()]
        facts = [("Type", event["event_type"]), ("Status", event["status"]), ("Venue", event["venue"]),
                 ("Country", event["venue_country"]), ("Round", event["round_number"]), ("Tags", event["tags"])]
        paragraphs.append("<p>" + html.escape(FACT_SEP.join(f"{k}: {_text(v)}" for k, v in facts if _text(v))) + "</p>")
        if actors.get(event["event_id"]):
            paragraphs.append("<p>" + html.escape("Actors: " + "; ".join(actors[event["event_id"]])) + "</p>")
        quote = quotes.get(event["event_id"])
        if quote is not None:
            said = f"“{' '.join(_text(quote['text']).split())}”" + (f" — {_text(quote['speaker'])}" if _text(quote["speaker"]) else "")
            paragraphs.append(f"<blockquote>{html.escape(said)}</blockquote>")
        cited = sources.get(event["event_id"]) or [{}]
        source = next((s for s in cited if _text(s.get("url"))), cited[0])  # the first source with a link
        out.append({"id": event["event_id"], "start": first, "end": last, "display_date": display_date(start, end, precision),
                    "headline": _text(event["title"]), "text": "".join(paragraphs), "group": _text(event["process"]),
                    "media": {"url": _text(source.get("url")), "credit": _text(source.get("publisher")),
                              "caption": _text(source.get("title"))}})
    return out


def title_slide(events: pd.DataFrame) -> dict[str, str]:
    """The chronology's title: its one process if all events share one, and the span it covers."""
    processes = events["process"].dropna().astype(str).unique()
    headline = processes[0] if len(processes) == 1 else "Chronology"
    if events.empty:
        return {"headline": headline, "text": "No events."}
    start, end = events["start_date"].min().date(), events["end_date"].fillna(events["start_date"]).max().date()
    return {"headline": headline, "text": f"{len(events)} events, {display_date(start, end)}"}


def to_timelinejs_bytes(tables: Tables, events: pd.DataFrame) -> bytes:
    """The 18-column TimelineJS sheet as UTF-8 CSV; cells a spreadsheet would run are neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    title = title_slide(events)
    writer.writerow([""] * 9 + [guard_formula(html.escape(title["headline"])), html.escape(title["text"])] + [""] * 4 + ["title", "", ""])
    for slide in slides(tables, events):
        start, end = slide["start"], slide["end"] or {}
        cells = [start["year"], start.get("month", ""), start.get("day", ""), "",
                 end.get("year", ""), end.get("month", ""), end.get("day", ""), "", slide["display_date"],
                 html.escape(slide["headline"]), slide["text"], slide["media"]["url"],
                 html.escape(slide["media"]["credit"]), html.escape(slide["media"]["caption"]), "", "",
                 html.escape(slide["group"]), ""]
        writer.writerow([guard_formula(str(c)) for c in cells])
    return out.getvalue().encode("utf-8")
