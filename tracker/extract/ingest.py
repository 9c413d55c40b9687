"""Plan what an ingest writes: new candidate events, new sources on matched candidates, new actors,
and suggestions for confirmed events.

An ingest never changes a confirmed event: an article that matches one becomes a suggestion
(`tracker.suggestions`) that a person accepts or rejects. `plan_ingest(extractions, known)` is
pure: it returns the Tables to save and a report that carries the suggestions and article texts;
the CLI (or the dashboard) saves them in one transaction (`Store.save_ingest`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from tracker.extract.assemble import Extraction
from tracker.extract.events import Candidate
from tracker.extract.language import UNREAD
from tracker.extract.matching import (
    StoredEvent, StoredIndex, candidate_words, event_id_for, same_source, source_key, title_for,
)
from tracker.frames import coerce
from tracker.models import Tables
from tracker.resolve import ActorIndex, fold, slug
from tracker.suggestions import quotes_json, suggestion_frame

#: Why an article is not stored when nothing in it names who published it.
NO_PUBLISHER = "names no publisher (no agency in its dateline, no 'publisher:' or 'url:' line)"


@dataclass
class IngestReport:
    """How many extracted events were new, merged into stored candidates, suggested for confirmed events,
    or skipped, with the reasons; and the suggestions and article texts to save with the Tables."""

    articles: int = 0
    new: int = 0
    merged: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)
    suggested: int = 0
    suggestions: pd.DataFrame = field(default_factory=lambda: suggestion_frame([]))
    texts: dict[str, str] = field(default_factory=dict)  # source (or suggestion) id -> article text

    def __str__(self) -> str:
        articles = f"{self.articles} article" + ("" if self.articles == 1 else "s")
        return (f"{articles}: {self.new} new, {self.merged} merged into existing events, "
                f"{self.suggested} suggested as sources of confirmed events, {self.skipped} skipped")


class _Planner:
    def __init__(self, known: Tables, now: dt.datetime, suggested: pd.DataFrame | None = None):
        self.known = known
        self.now = now
        self.index = StoredIndex(known)
        for row in ([] if suggested is None else suggested.itertuples(index=False)):
            # an article suggested before (pending or rejected) counts as a known source of its event
            if row.event_id in self.index.events:
                self.index.events[row.event_id].sources.append(source_key(row.url, row.publisher, row.title,
                                                                          row.published_at))
        self.suggestions: list[dict] = []
        self.texts: dict[str, str] = {}
        self.actor_ids = set(known.actors["actor_id"].dropna())
        self.actor_index = ActorIndex(known.actors)
        self.process_names = {fold(n): n for n in known.processes["name"].dropna()}
        self.process_ids = set(known.processes["process_id"].dropna())
        self.rows: dict[str, list[dict]] = {t: [] for t in ("events", "event_actors", "sources", "quotes", "actors", "processes")}
        self.new_actors: dict[str, str] = {}  # folded name -> new actor id
        self.report = IngestReport()

    def existing_actor(self, extraction: Extraction, key: str) -> str | None:
        """The stored (or already planned) actor id of a key, without adding one."""
        if key in self.actor_ids:
            return key
        entry = extraction.roster.entry(key)
        return (self.actor_index.resolve(entry.name) or self.new_actors.get(fold(entry.name))) if entry else None

    def actor(self, extraction: Extraction, key: str) -> str | None:
        if key in self.actor_ids:
            return key
        entry = extraction.roster.entry(key)
        if entry is None:
            return None
        found = self.actor_index.resolve(entry.name) or self.new_actors.get(fold(entry.name))
        if found:
            return found
        actor_id = self.actor_index.new_id(entry.name, taken=set(self.new_actors.values()))
        self.new_actors[fold(entry.name)] = actor_id
        parent = self.actor(extraction, entry.parent) if entry.parent else None
        aliases = [a for a in entry.aliases if fold(a) != fold(entry.name)]
        self.rows["actors"].append({"actor_id": actor_id, "name": entry.name, "kind": entry.kind, "country": entry.country,
                                    "aliases": "; ".join(aliases) or None, "parent_id": parent, "review_state": "candidate"})
        return actor_id

    def process(self, name: str | None) -> str | None:
        if not name:
            return None
        if fold(name) in self.process_names:
            return self.process_names[fold(name)]
        process_id, n = slug(name), 1
        while process_id in self.process_ids:
            n += 1
            process_id = f"{slug(name)}-{n}"
        self.process_ids.add(process_id)
        self.process_names[fold(name)] = name
        self.rows["processes"].append({"process_id": process_id, "name": name})
        return name

    def source_row(self, extraction: Extraction, source_id: str, event_id: str) -> dict:
        a = extraction.article
        return {"source_id": source_id, "event_id": event_id, "publisher": a.publisher, "title": a.title, "url": a.url,
                "published_at": a.published_at}

    def quote_rows(self, extraction: Extraction, c: Candidate, event_id: str, source_id: str, prefix: str) -> None:
        for n, (speaker, text) in enumerate(c.quotes, start=1):
            self.rows["quotes"].append({"quote_id": f"{prefix}{n}", "event_id": event_id, "source_id": source_id,
                                        "speaker": extraction.roster.name(speaker) if speaker else None, "text": text})

    def add(self, extraction: Extraction) -> None:
        a = extraction.article
        self.report.articles += 1
        if extraction.language is not None:
            self.report.notes += [n for n in extraction.notes if UNREAD in n]
            return
        if a.anchor is None:
            self.report.skipped += len(extraction.events)
            why = "its dateline has no year" if a.dateline_text else "no timestamp, date line or dated dateline"
            self.report.notes.append(f"{a.label}: no publication date ({why}); nothing stored from it "
                                     f"({len(extraction.events)} candidate event(s) read). Give the date: `tracker ingest "
                                     "--published YYYY-MM-DD`, or the Publication date field of the review page")
            return
        if not a.publisher:  # every stored event cites its source by publisher: a candidate without one cannot be confirmed
            self.report.skipped += len(extraction.events)
            self.report.notes.append(f"{a.label}: {NO_PUBLISHER}; nothing stored from it ({len(extraction.events)} "
                                     "candidate event(s) read). Give it: `tracker ingest --publisher NAME`, or a first "
                                     "line 'publisher: NAME' in the text")
            return
        skey = source_key(a.url, a.publisher, a.title, a.published_at)
        fp = a.fingerprint()
        for c in extraction.events:
            process = self.process(extraction.process_name(c.process))
            actor_ids = {i for i in (self.existing_actor(extraction, k) for k in c.actors) if i}
            match = self.index.match(c.event_type, c.first, c.last, process, c.round_number, actor_ids,
                                     candidate_words(c), [q for _, q in c.quotes])
            event_id = self.index.resolve(match or event_id_for(extraction, c))
            stored = self.index.events.get(event_id)
            if stored is not None:
                if any(same_source(skey, s) for s in stored.sources):
                    self.report.skipped += 1
                    when = f" of {c.first:%Y-%m-%d}" if c.first is not None else ""
                    self.report.notes.append(f"{a.label}: the {c.event_type.replace('_', ' ')}{when} ({event_id}) has "
                                             "this article already, as a source or as a suggestion (waiting for "
                                             "review, or rejected); skipped")
                    continue
                source_id = f"{event_id}:src-{fp}"
                stored.sources.append(skey)
                self.texts[source_id] = a.read_text
                if stored.confirmed:
                    self.suggest(extraction, c, source_id, event_id, fp)
                    continue
                self.rows["sources"].append(self.source_row(extraction, source_id, event_id))
                self.quote_rows(extraction, c, event_id, source_id, f"{event_id}:q-{fp}-")
                self.report.merged += 1
                continue
            if c.first is None:
                self.report.skipped += 1
                self.report.notes.append(f"{a.label}: round {c.round_number} of {process or 'unknown talks'} is not "
                                         "stored: the article gives no date for it and no stored event is that round")
                continue
            self.new_event(extraction, c, event_id, process, skey)

    def suggest(self, extraction: Extraction, c: Candidate, source_id: str, event_id: str, fp: str) -> None:
        """Propose the article as a source of a confirmed event, with the quotes it would add."""
        a = extraction.article
        quotes = [{"quote_id": f"{event_id}:q-{fp}-{n}", "speaker": extraction.roster.name(speaker) if speaker else None,
                   "text": text} for n, (speaker, text) in enumerate(c.quotes, start=1)]
        self.suggestions.append({**self.source_row(extraction, source_id, event_id), "suggestion_id": source_id,
                                 "quotes": quotes_json(quotes), "evidence": " ".join(c.evidence)[:2000] or None,
                                 "confidence": round(c.confidence, 2), "state": "pending", "created_at": self.now})
        self.report.suggested += 1
        self.report.notes.append(f"{a.label}: suggested as a source of the confirmed event {event_id}, which is not "
                                 f"changed until a person accepts it (Suggested sources on the review page, or "
                                 f"`tracker review accept {source_id}`)")

    def new_event(self, extraction: Extraction, c: Candidate, event_id: str, process: str | None, skey: tuple) -> None:
        venue, country = c.venue if c.venue else (None, None)
        self.rows["events"].append({
            "event_id": event_id, "title": title_for(extraction, c), "event_type": c.event_type, "status": c.status,
            "start_date": c.first, "end_date": c.last if c.last and c.last != c.first else None,
            "date_precision": c.precision or "day", "process": process, "round_number": c.round_number,
            "venue": venue, "venue_country": country, "summary": None,
            "evidence": " ".join(c.evidence)[:2000] or None, "confidence": round(c.confidence, 2),
            "tags": "extracted", "review_state": "candidate", "created_at": self.now, "updated_at": self.now})
        actor_ids = set()
        for key, role in c.actors.items():
            actor_id = self.actor(extraction, key)
            if actor_id and (actor_id, role) not in actor_ids:
                actor_ids.add((actor_id, role))
                self.rows["event_actors"].append({"event_id": event_id, "actor_id": actor_id, "role": role})
        source_id = f"{event_id}:s1"
        self.rows["sources"].append(self.source_row(extraction, source_id, event_id))
        self.texts[source_id] = extraction.article.read_text
        self.quote_rows(extraction, c, event_id, source_id, f"{event_id}:q")
        self.index.add(StoredEvent(event_id, c.event_type, c.first, c.last or c.first, process, c.round_number,
                                   {a for a, _ in actor_ids}, candidate_words(c), [q for _, q in c.quotes], [skey]))
        self.report.new += 1


def plan_ingest(extractions: list[Extraction], known: Tables, now: dt.datetime | None = None,
                suggested: pd.DataFrame | None = None) -> tuple[Tables, IngestReport]:
    """The Tables to save for these extractions against what is `known`, and what it amounts to.

    `suggested` are the suggestions already stored (pending or rejected): their articles are not
    suggested again. The report carries the new suggestions and the article texts to save too.
    """
    planner = _Planner(known, now or dt.datetime.now().replace(microsecond=0), suggested)
    for extraction in extractions:
        planner.add(extraction)
    tables = Tables(**{name: coerce(name, pd.DataFrame(rows)) for name, rows in planner.rows.items()})
    planner.report.suggestions = suggestion_frame(planner.suggestions)
    planner.report.texts = planner.texts
    return tables, planner.report


def has_rows(tables: Tables) -> bool:
    """True when there is anything to save."""
    return any(not frame.empty for _, frame in tables.items())
