"""A brief as plain data: what every renderer (Markdown, HTML, DOCX, PDF) writes.

`build_brief` turns the filtered events and the tables they hang off into a
`Brief`: the header lines, the key points, the chronology grouped by month and
the numbered sources. Everything in it is taken from the data or counted from
it; the renderers only lay it out and escape it.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pandas as pd

from tracker.dates import format_day, format_span
from tracker.filters import EventFilter
from tracker.instants import as_instant, format_instant
from tracker.marks import type_style
from tracker.models import Tables
from tracker.record_diff import diff

#: event type -> (one, many) as the key points count them.
TYPE_NOUNS: dict[str, tuple[str, str]] = {
    "talk_round": ("talk round", "talk rounds"), "meeting": ("meeting", "meetings"),
    "summit": ("summit", "summits"), "visit": ("visit", "visits"), "call": ("call", "calls"),
    "proposal": ("proposal", "proposals"), "statement": ("statement", "statements"),
    "agreement": ("agreement", "agreements"), "announcement": ("announcement", "announcements"),
    "decision": ("decision", "decisions"), "other": ("other event", "other events"),
}
TOP_N = 5
#: rounds held and new events named in the key points; the chronology has them all.
LISTED = 10
#: characters no document format can hold (XML 1.0 forbids them; PDF text would show boxes).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
#: Hebrew, Arabic, Syriac, Thaana, N'Ko ... and the Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ABBREVIATION = re.compile(r"(\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Amb|Sen|Rep|Gov|Pres|No|Vol|vs|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\.g|i\.e)\.)$")


@dataclass(frozen=True)
class Citation:
    """A numbered source, listed once at the end of the brief."""

    number: int
    publisher: str
    published: str
    title: str
    url: str


@dataclass(frozen=True)
class Quote:
    """The key quote of an event, with its speaker and the number of its source."""

    text: str
    speaker: str
    citation: int | None


@dataclass(frozen=True)
class Entry:
    """One event of the chronology."""

    event_id: str
    start: dt.date
    end: dt.date | None
    date_text: str
    event_type: str
    type_label: str
    title: str
    status: str
    process: str
    round_number: int | None
    venue: str
    venue_country: str
    actors: tuple[tuple[str, str], ...]
    summary: str
    quote: Quote | None
    citations: tuple[int, ...]
    change: str = ""  # "new", "changed" or "" (relative to the brief's `since`)
    review_state: str = "confirmed"
    precision: str = "day"  # how well the date is known: day, month or year

    @property
    def actors_text(self) -> str:
        """'Kazakhstan (host), Russia (guarantor)'; an actor with several roles once: 'Russia (host, guarantor)' (it was
        listed once a role, QA13)."""
        roles: dict[str, list[str]] = {}
        for name, role in self.actors:
            listed = roles.setdefault(name, [])
            if role not in listed:
                listed.append(role)
        return ", ".join(f"{isolate(name)} ({', '.join(r for r in listed if r)})" if any(listed) else isolate(name)
                         for name, listed in roles.items())

    @property
    def context_text(self) -> str:
        """Process, round, venue, status unless held, review unless confirmed: 'Astana format, round 20 · Astana (KAZ)'."""
        parts = []
        rounds = f"round {self.round_number}" if self.round_number is not None else ""
        process = ", ".join(p for p in (isolate(self.process), rounds) if p)
        if process:
            parts.append(process)
        if self.venue:
            parts.append(isolate(self.venue) + (f" ({self.venue_country})" if self.venue_country else ""))
        if self.status and self.status != "held":
            parts.append(f"status: {self.status}")
        if self.review_state and self.review_state != "confirmed":
            parts.append(f"review: {self.review_state}, not confirmed")
        return " · ".join(parts)

    @property
    def change_text(self) -> str:
        """'NEW' or 'CHANGED' when the event was added or edited since the brief's date, else ''."""
        return self.change.upper()


@dataclass(frozen=True)
class Month:
    """The entries of one month (or of one year, for events dated only to the year)."""

    label: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Brief:
    """Everything a brief says, in the order it says it."""

    title: str
    period: str
    filter_text: str
    filter_query: str
    generated_at: dt.datetime
    data_label: str
    since: dt.datetime | None  # events added or changed from then on are marked NEW/CHANGED (aware, UTC)
    key_points: tuple[str, ...]
    months: tuple[Month, ...]
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    as_of: dt.datetime | None = None  # the chronology as known then (None: as stored now)
    changes_since: dt.datetime | None = None  # the start of the "What changed since" section (None: no section)
    changes: tuple = ()  # its lines (tracker.briefing.changes.ChangeLine), created, edited, deleted, changed back

    @property
    def as_of_text(self) -> str:
        """'As of 4 Dec 2026 14:05 UTC' or ''."""
        return f"As of {format_instant(self.as_of)}" if self.as_of else ""

    @property
    def changes_heading(self) -> str:
        """'What changed since 1 Dec 2026' or ''."""
        if not self.changes_since:
            return ""
        return f"What changed since {since_words(self.changes_since)}"

    @property
    def entries(self) -> list[Entry]:
        """All chronology entries in order."""
        return [entry for month in self.months for entry in month.entries]

    @property
    def generated_text(self) -> str:
        """'Generated 27 Nov 2025 14:05 UTC from tracker.db (412 events, last changed 25 Nov 2025).'"""
        return f"Generated {format_day(self.generated_at.date())} {self.generated_at:%H:%M} UTC from {self.data_label}."

    @property
    def since_label(self) -> str:
        """When the NEW/CHANGED marks count from: '15 Jun 2023', '15 Jun 2023 09:30 UTC', or ''."""
        return since_words(self.since) if self.since else ""

    @property
    def since_text(self) -> str:
        """'New or changed since 15 Jun 2023' or ''."""
        return f"New or changed since {self.since_label}" if self.since else ""


def since_words(instant: dt.datetime) -> str:
    """A start of changes as a reader says it: the day alone at midnight UTC, else the day and time."""
    instant = instant.astimezone(dt.timezone.utc)
    midnight = (instant.hour, instant.minute, instant.second, instant.microsecond) == (0, 0, 0, 0)
    return format_day(instant.date()) if midnight else format_instant(instant)


# --- small helpers -----------------------------------------------------------------

def _text(value: object) -> str:
    """A cell as one line of text ('' for missing)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return re.sub(r"\s+", " ", _CONTROL.sub(" ", str(value))).strip()


def isolate(text: str) -> str:
    """`text` between Unicode isolates (FSI ... PDI) when it holds right-to-left letters.

    Then an Arabic name followed by "(1)" or "[3]" keeps the number after it, in
    every format; Latin and Cyrillic text is returned unchanged.
    """
    return f"\u2068{text}\u2069" if text and _RTL.search(text) else text


def _day(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def first_sentences(text: str, limit: int = 2) -> str:
    """The first `limit` sentences of `text`, with ' …' when some were left out."""
    pieces = re.split(r"(?<=[.!?])\s+", _text(text))
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    kept = " ".join(sentences[:limit])
    return kept + (" …" if len(sentences) > limit else "")


def type_label(event_type: str) -> str:
    """'talk_round' -> 'Talk round': the label of the style table the dashboard draws with."""
    return type_style(event_type).label


def default_generated_at() -> dt.datetime:
    """Now in UTC, or SOURCE_DATE_EPOCH when set (so a brief can be rebuilt byte for byte)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def data_label(location: str, tables: Tables) -> str:
    """Where the brief's data came from, without paths or passwords: 'tracker.db (412 events, last changed 25 Nov 2025)'."""
    events = tables.events
    stamps = pd.concat([events["created_at"], events["updated_at"]]).dropna()
    return describe_data(location, len(events), stamps.max() if len(stamps) else None)


def describe_data(location: str, count: int, latest: dt.datetime | None) -> str:
    """`data_label` from the store's location, its number of events and its last change (for callers that hold no Tables)."""
    if "://" in location:
        parts = urlsplit(location)
        place = f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
    else:
        place = os.path.basename(location) or location
    changed = f", last changed {format_day(pd.Timestamp(latest).date())}" if latest is not None else ""
    return f"{place} ({count} events{changed})"


# --- the parts of a brief ---------------------------------------------------------

def _period(event_filter: EventFilter, events: pd.DataFrame) -> tuple[dt.date | None, dt.date | None]:
    """The filter's dates where it has them, else the first start and last end of the events."""
    start = event_filter.date_from or (_day(events["start_date"].min()) if len(events) else None)
    end = event_filter.date_to
    if end is None and len(events):
        end = _day(events["end_date"].fillna(events["start_date"]).max())
    return start, end


def _count_phrase(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _round_name(entry: Entry) -> str:
    """A held round in the key points: "Astana format round 20", or its title when it has no number."""
    if entry.round_number is None:
        return isolate(entry.title)
    return f"{isolate(entry.process) or 'round'} round {entry.round_number}"


def _key_points(tables: Tables, events: pd.DataFrame, entries: list[Entry], since: dt.datetime | None) -> tuple[str, ...]:
    if events.empty:
        return ("No events match the filters.",)
    points: list[str] = []
    by_type = Counter(str(t) for t in events["event_type"])
    parts = [_count_phrase(n, *TYPE_NOUNS.get(t, (t, t))) for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))]
    points.append(f"{_count_phrase(len(events), 'event', 'events')}: {', '.join(parts)}.")

    links = tables.event_actors[tables.event_actors["event_id"].isin(set(events["event_id"]))]
    if len(links):
        names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
        per_actor = links.drop_duplicates(["event_id", "actor_id"])["actor_id"].value_counts()
        ranked = sorted(per_actor.items(), key=lambda kv: (-kv[1], _text(names.get(kv[0], kv[0])).casefold()))[:TOP_N]
        listed = [f"{isolate(_text(names.get(a, a)))} ({_count_phrase(n, 'event', 'events') if i == 0 else n})"
                  for i, (a, n) in enumerate(ranked)]
        points.append(f"Most active actors: {', '.join(listed)}.")
    venues = events["venue"].astype("string").dropna()
    if len(venues):
        ranked = sorted(venues.value_counts().items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:TOP_N]
        listed = [f"{isolate(_text(v))} ({_count_phrase(n, 'event', 'events') if i == 0 else n})" for i, (v, n) in enumerate(ranked)]
        points.append(f"Venues: {', '.join(listed)}.")

    # a held talk round without a number (an imported story's, a wire's) is named by its title: left out, a brief of
    # two held talk rounds said "2 events: 2 talk rounds" and then "Rounds held: none among these events" (ux25)
    rounds = [e for e in entries if e.event_type == "talk_round" and e.status == "held"]
    if rounds:
        listed = [f"{_round_name(e)} ({e.date_text}{', ' + isolate(e.venue) if e.venue else ''}; id {e.event_id})"
                  for e in rounds[:LISTED]]
        more = f"; and {len(rounds) - LISTED} more in the chronology" if len(rounds) > LISTED else ""
        points.append(f"Rounds held ({len(rounds)}): {'; '.join(listed)}{more}.")
    else:
        points.append("Rounds held: none among these events.")

    if since is not None:
        changed = [e for e in entries if e.change]
        if changed:
            new = sum(e.change == "new" for e in changed)
            listed = [f"{isolate(e.title)} ({e.date_text}, {e.change}; id {e.event_id})" for e in changed[:LISTED]]
            more = f"; and {len(changed) - LISTED} more" if len(changed) > LISTED else ""
            points.append(f"New or changed since {since_words(since)}: {_count_phrase(len(changed), 'event', 'events')} "
                          f"({new} new, {len(changed) - new} changed), marked in the chronology: {'; '.join(listed)}{more}.")
        else:
            points.append(f"New or changed since {since_words(since)}: none.")
    return tuple(points)


class _Citations:
    """Numbers sources in order of first use; the same source (by URL) keeps its number."""

    def __init__(self) -> None:
        self.by_key: dict[tuple, int] = {}
        self.listed: list[Citation] = []

    def number(self, publisher: str, published: str, title: str, url: str) -> int:
        """The source's number, a new one if it was not cited before."""
        key = ("url", url) if url else ("text", publisher, published, title)
        if key not in self.by_key:
            self.by_key[key] = len(self.listed) + 1
            self.listed.append(Citation(len(self.listed) + 1, publisher, published, title, url))
        return self.by_key[key]


def _change(row, since: dt.datetime | None, marks: dict[str, str] | None = None) -> str:
    """'new', 'changed' or '': from `marks` (`marks_from_history`) when given, else from the row's stamps, which keep
    whole seconds (a change later in the second of `since` is then unmarked)."""
    if since is None:
        return ""
    if marks is not None:
        return marks.get(row.event_id, "")
    cutoff = pd.Timestamp(since).tz_convert(None)  # stored times are naive UTC
    if not pd.isna(row.created_at) and row.created_at >= cutoff:
        return "new"
    if not pd.isna(row.updated_at) and row.updated_at >= cutoff:
        return "changed"
    return ""


def marks_from_history(changes: Iterable, as_of: dt.datetime | None = None) -> dict[str, str]:
    """The NEW/CHANGED mark of each event from its recorded changes after `since` (`Store.changes_after`, oldest
    first; those after `as_of` left out): 'new' when the first of them created it, else 'changed', unless they net to
    nothing (an edit undone, a deletion undone: its record now is the one it had at `since`, as "What changed since"
    says: "changed back ... no net change"). Exact to the microsecond, as that section reads the same changes, so
    every event marked is listed."""
    runs: dict[str, list] = {}
    for change in changes:
        if as_of is None or change.changed_at <= as_of:
            runs.setdefault(change.event_id, []).append(change)
    marks: dict[str, str] = {}
    for event_id, (first, *rest) in runs.items():
        last = rest[-1] if rest else first
        if first.before is None and first.after is not None:
            marks[event_id] = "new"
        elif last.after is None or diff(first.before, last.after):
            marks[event_id] = "changed"
    return marks


def _entries(tables: Tables, events: pd.DataFrame, since: dt.datetime | None,
             marks: dict[str, str] | None = None) -> tuple[list[Entry], list[Citation]]:
    ids = set(events["event_id"])
    names = dict(zip(tables.actors["actor_id"], tables.actors["name"]))
    actors: dict[str, list[tuple[str, str]]] = {}
    for link in tables.event_actors[tables.event_actors["event_id"].isin(ids)].itertuples(index=False):
        actors.setdefault(link.event_id, []).append((_text(names.get(link.actor_id, link.actor_id)), _text(link.role)))
    sources: dict[str, list] = {}
    for source in tables.sources[tables.sources["event_id"].isin(ids)].sort_values("source_id", kind="stable").itertuples(index=False):
        sources.setdefault(source.event_id, []).append(source)
    quotes: dict[str, list] = {}
    for quote in tables.quotes[tables.quotes["event_id"].isin(ids)].sort_values("quote_id", kind="stable").itertuples(index=False):
        quotes.setdefault(quote.event_id, []).append(quote)

    citations = _Citations()
    entries: list[Entry] = []
    for row in events.itertuples(index=False):
        numbers: dict[str, int] = {}
        for source in sources.get(row.event_id, []):
            published = _day(source.published_at)
            numbers[source.source_id] = citations.number(
                _text(source.publisher), format_day(published) if published else "", _text(source.title), _text(source.url))
        first_quote = next((q for q in quotes.get(row.event_id, []) if _text(q.text)), None)
        quote = None
        if first_quote is not None:
            quote = Quote(_text(first_quote.text), _text(first_quote.speaker), numbers.get(first_quote.source_id))
        start, end = _day(row.start_date), _day(row.end_date)
        precision = _text(row.date_precision) or "day"
        entries.append(Entry(
            event_id=str(row.event_id), start=start, end=end, date_text=format_span(start, end, precision),
            event_type=str(row.event_type), type_label=type_label(str(row.event_type)), title=_text(row.title),
            status=_text(row.status), process=_text(row.process),
            round_number=None if pd.isna(row.round_number) else int(row.round_number),
            venue=_text(row.venue), venue_country=_text(row.venue_country),
            actors=tuple(actors.get(row.event_id, [])), summary=first_sentences(_text(row.summary)),
            quote=quote, citations=tuple(sorted(set(numbers.values()))), change=_change(row, since, marks),
            review_state=_text(row.review_state) or "confirmed", precision=precision,
        ))
    return entries, citations.listed


def _months(events: pd.DataFrame, entries: list[Entry]) -> tuple[Month, ...]:
    groups: dict[tuple[int, int], list[Entry]] = {}
    for entry, precision in zip(entries, events["date_precision"].astype("string").fillna("day")):
        key = (entry.start.year, 0 if precision == "year" else entry.start.month)
        groups.setdefault(key, []).append(entry)
    months = []
    for (year, month), items in sorted(groups.items()):
        label = f"{year} (month not known)" if month == 0 else f"{dt.date(year, month, 1):%B} {year}"
        months.append(Month(label, tuple(items)))
    return tuple(months)


def default_title(event_filter: EventFilter) -> str:
    """What the brief is about at a glance: 'Briefing: Astana format' (the processes filtered on), else the actors
    ('Briefing: Alexander Lavrentyev'), else the venues, else 'Briefing'; the rest of the filter is its Filters line."""
    subject = event_filter.processes or event_filter.actors or event_filter.venues
    return f"Briefing: {', '.join(subject)}" if subject else "Briefing"


def build_brief(tables: Tables, events: pd.DataFrame, event_filter: EventFilter, *,
                since: dt.date | dt.datetime | None = None, title: str | None = None,
                generated_at: dt.datetime | None = None, data_label: str = "",
                marks: dict[str, str] | None = None) -> Brief:
    """The brief of `events` (already filtered and in chronological order) as plain data.

    `since` marks events added or changed from then on: a day counts from its start, a naive time is UTC; `marks`
    (`marks_from_history`) says which, else the events' stamps do."""
    since = as_instant(since, day_end=False) if since is not None else None
    entries, citations = _entries(tables, events, since, marks)
    start, end = _period(event_filter, events)
    return Brief(
        title=_text(title) or default_title(event_filter),
        period=format_span(start, end, "day") if start else ("until " + format_day(end) if end else "no events"),
        period_start=start, period_end=end,
        filter_text=event_filter.describe(),
        filter_query=event_filter.to_query_string(),
        generated_at=generated_at or default_generated_at(),
        data_label=data_label or "the tracker's store",
        since=since,
        key_points=_key_points(tables, events, entries, since),
        months=_months(events, entries),
        citations=tuple(citations),
        as_of=event_filter.as_of,
    )
