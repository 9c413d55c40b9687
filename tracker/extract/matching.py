"""Matching extracted events with stored ones, and turning extractions into Tables to save.

A candidate that is already stored (same process and round; or same type, overlapping dates,
shared actors and similar text) becomes a new source on the stored event if that is still a
candidate, or a suggestion a person accepts or rejects if it is confirmed. An article that is
already a source (or a suggestion) of the event it matches changes nothing, so ingesting twice is a no-op.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from tracker.extract.assemble import Extraction
from tracker.extract.events import Candidate
from tracker.extract.lexicon import fold_word
from tracker.extract.prefilter import _NOT_WORD
from tracker.models import Tables
from tracker.resolve import fold

_STOP = set("the a an of to in on and for that with as at by from is was were be been this it its their his her has have "
            "had said says will would which who not but are or than also after over into about more could should".split())
SIMILAR = 0.12
_WORD = re.compile(r"\w+")
# On ASCII text `_WORD`'s words are the runs left between the other characters turned spaces (`prefilter._NOT_WORD`:
# there Unicode's `\w` is ASCII's [a-zA-Z0-9_]), split at C speed; the words longer than two are kept.


def words(text: str) -> set[str]:
    """Content words of a text, folded, for similarity."""
    plain = text.replace("’", "'")
    if plain.isascii():  # (as the other branch: lowering an ASCII word is folding it)
        return {w for w in plain.lower().translate(_NOT_WORD).split() if len(w) > 2} - _STOP
    return {w for w in map(fold_word, _WORD.findall(text)) if len(w) > 2 and w not in _STOP}  # as fold_word folds


def similarity(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two word sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass
class StoredEvent:
    """What matching needs of a stored event."""

    event_id: str
    event_type: str
    first: dt.date
    last: dt.date
    process: str | None
    round_number: int | None
    actors: set[str]
    words: set[str]
    quotes: list[str]
    sources: list[tuple[str, str, str]] = field(default_factory=list)  # (url, publisher|title, day)
    confirmed: bool = False  # a person confirmed it: an ingest only suggests sources for it


def source_key(url: str | None, publisher: str | None, title: str | None, published: object) -> tuple[str, str, str]:
    """How a source is recognised again: its URL, else publisher and title with the day."""
    def text(value: object) -> str:
        return "" if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)) else str(value)

    day = "" if published is None or pd.isna(published) else pd.Timestamp(published).date().isoformat()
    return (fold(text(url)), fold(f"{text(publisher)}|{text(title)}"), day)


def source_keys(sources: pd.DataFrame) -> list[tuple[str, str, str]]:
    """The key (`source_key`) of each row of a sources frame, in order."""
    return [source_key(*row) for row in zip(sources["url"], sources["publisher"], sources["title"], sources["published_at"])]


def same_source(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """True when two source keys name the same article."""
    if a[0] and b[0]:
        return a[0] == b[0]
    return a[1] == b[1] and a[1] != "|" and (not a[2] or not b[2] or a[2] == b[2])


class StoredIndex:
    """The stored events in a form fast to match against; new candidates are added as they are built."""

    def __init__(self, tables: Tables):
        self.parents = {a: p for a, p in zip(tables.actors["actor_id"], tables.actors["parent_id"]) if isinstance(p, str)}
        actors: dict[str, set[str]] = {}
        for event_id, actor_id in zip(tables.event_actors["event_id"], tables.event_actors["actor_id"]):
            actors.setdefault(event_id, set()).add(actor_id)
        quotes: dict[str, list[str]] = {}
        for event_id, text in zip(tables.quotes["event_id"], tables.quotes["text"]):
            quotes.setdefault(event_id, []).append(str(text))
        self.events: dict[str, StoredEvent] = {}
        for row in tables.events.itertuples(index=False):
            first = pd.Timestamp(row.start_date).date()
            last = pd.Timestamp(row.end_date).date() if not pd.isna(row.end_date) else first
            text = " ".join(str(x) for x in (row.title, row.summary) if not pd.isna(x)) + " " + " ".join(quotes.get(row.event_id, []))
            self.events[row.event_id] = StoredEvent(
                row.event_id, str(row.event_type), first, last, None if pd.isna(row.process) else str(row.process),
                None if pd.isna(row.round_number) else int(row.round_number), actors.get(row.event_id, set()),
                words(text), quotes.get(row.event_id, []), confirmed=str(row.review_state) == "confirmed")
        for event_id, key in zip(tables.sources["event_id"], source_keys(tables.sources)):
            if event_id in self.events:
                self.events[event_id].sources.append(key)
        links = tables.event_links
        self.merged_into = {f: t for f, t, kind in zip(links["from_event_id"], links["to_event_id"], links["link_type"])
                            if kind == "duplicate_of"}

    def resolve(self, event_id: str) -> str:
        """The event a rejected candidate was merged into (followed to the end), else `event_id` itself: an article
        read again after a merge belongs to the event its sources went to, not to the emptied duplicate."""
        seen = {event_id}
        while (event_id in self.merged_into and event_id in self.events and not self.events[event_id].confirmed
               and self.merged_into[event_id] in self.events and self.merged_into[event_id] not in seen):
            event_id = self.merged_into[event_id]
            seen.add(event_id)
        return event_id

    def widen(self, actor_ids: set[str]) -> set[str]:
        """Actors with their parents."""
        out = set()
        for actor in actor_ids:
            while actor and actor not in out:
                out.add(actor)
                actor = self.parents.get(actor, "")
        return out

    def match(self, event_type: str, first: dt.date | None, last: dt.date | None, process: str | None,
              round_number: int | None, actor_ids: set[str], text_words: set[str] | Callable[[], set[str]],
              quotes: list[str]) -> str | None:
        """The id of the stored event this candidate is, or None (`text_words` may be given as the call that reads them:
        they are read only when some stored event is of the type, days, process and actors to be compared)."""
        if event_type == "talk_round" and round_number and process:
            for e in self.events.values():
                if e.event_type == "talk_round" and e.round_number == round_number and e.process == process:
                    return e.event_id
            return None
        if first is None:
            return None
        last = last or first
        wide = self.widen(actor_ids)
        best, best_score = None, 0.0
        for e in self.events.values():
            if e.event_type != event_type or e.first > last or first > e.last:
                continue
            if process and e.process and process != e.process:
                continue
            shared = wide & self.widen(e.actors)
            if actor_ids and e.actors and not shared:
                continue
            if callable(text_words):
                text_words = text_words()
            score = similarity(text_words, e.words)
            if any(q[:60] and fold(q[:60]) in fold(" ".join(e.quotes)) for q in quotes):
                score += 0.5
            score += 0.05 * len(set(actor_ids) & e.actors) + (0.05 if e.first == first else 0)
            if score > best_score and score >= SIMILAR:
                best, best_score = e.event_id, score
        return best

    def add(self, event: StoredEvent) -> None:
        """Make a newly built candidate matchable by the next articles of the same run."""
        self.events[event.event_id] = event


def candidate_words(c: Candidate) -> set[str]:
    """The words a candidate is compared on: its sentences and quotes."""
    return words(" ".join(c.evidence) + " " + " ".join(q for _, q in c.quotes))


def store_ids(extraction: Extraction, keys: list[str], known: set[str]) -> set[str]:
    """Store actor ids of the candidate's actors that are already stored."""
    return {k for k in keys if k in known}


def match_extraction(extraction: Extraction, index: StoredIndex, known_actors: set[str]) -> None:
    """Set `matches` on every candidate of an extraction."""
    for c in extraction.events:
        process = extraction.process_name(c.process)
        c.matches = index.match(c.event_type, c.first, c.last, process, c.round_number,
                                store_ids(extraction, list(c.actors), known_actors), functools.partial(candidate_words, c),
                                [q for _, q in c.quotes])


def event_id_for(extraction: Extraction, c: Candidate) -> str:
    """A stable id for a new candidate: its type, day and a hash of the article and the event."""
    basis = "|".join([extraction.article.fingerprint(), c.event_type, str(c.first), str(c.speaker), str(c.round_number),
                      (c.evidence[0] if c.evidence else "")[:200]])
    day = c.first.strftime("%Y%m%d") if c.first else "undated"
    return f"x-{c.event_type.replace('_', '-')}-{day}-{hashlib.sha1(basis.encode()).hexdigest()[:8]}"


def title_for(extraction: Extraction, c: Candidate) -> str:
    """A one-line title for a candidate event."""
    names = [extraction.roster.name(k) for k in c.actors][:3]
    process = extraction.process_name(c.process)
    who = extraction.roster.name(c.speaker) if c.speaker else ", ".join(names)
    label = {"talk_round": "Round", "statement": "Statement", "proposal": "Proposal", "meeting": "Meeting",
             "call": "Call", "visit": "Visit", "agreement": "Agreement", "announcement": "Announcement",
             "decision": "Decision", "summit": "Summit"}.get(c.event_type, c.event_type.title())
    if c.event_type == "talk_round" and c.round_number:
        return f"Round {c.round_number} of the {process or 'talks'}"
    title = f"{label} by {who}" if who and c.event_type in ("statement", "proposal", "announcement", "decision") else \
        f"{label}: {who}" if who else label
    return (title + (f" ({process})" if process else ""))[:300]


__all__ = ["StoredIndex", "StoredEvent", "candidate_words", "event_id_for", "match_extraction", "same_source",
           "source_key", "source_keys", "title_for", "words", "similarity"]
