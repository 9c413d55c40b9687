"""An event a person adds from an article extraction read: its source, and a start read from the sentence they select.

Extraction finds about three events in four; the review queue is where a person adds the others. The article is the
one a candidate, a suggested source or an ingest came from (`ArticleRef`): the new event cites it as its source, and
that source keeps the article's text (`texts_of`), as an ingested candidate's does. From the text the person selects,
`start_from` offers what extraction's own readers find in it and nothing else: the event the rules read in the
selection (type, dates, actors with their roles, venue, process, round, quotes, extraction's title), or, when they
read no event there (the case that brought the person here), the dates and actors its date and name readers find.
The selection itself is the new event's evidence. The values are the flat format's cells, as `tracker import`, the
editor's form and `Store.create_event` take them. Pure: no database, no Dash, no click.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.dates import format_day
from tracker.edits import MAX_EVIDENCE
from tracker.extract import event_json, extract_article
from tracker.extract.article import Article
from tracker.extract.dates import find_dates
from tracker.extract.lexicon import Lexicon
from tracker.extract.mentions import Roster, find_actors
from tracker.flat import parse_source_line
from tracker.models import Tables

#: The review state of an event a person adds from an article: they read the source and typed or checked every
#: field, as in the header's Add event; it is not a machine's guess waiting for someone else (docs/dashboard.md).
REVIEW_STATE = "confirmed"
#: The longest selection read as an event's evidence: a sentence or a paragraph, not an article (reading it costs
#: seconds of CPU per 100,000 characters; docs/security.md, "Size").
MAX_SELECTION = MAX_EVIDENCE


@dataclass(frozen=True)
class ArticleRef:
    """The article an event is added from: its text and how a source cites it (`source_id`: the stored source or
    suggestion it came in as, None for an article an ingest stored nothing from)."""

    text: str
    publisher: str = ""
    published: str = ""  # YYYY-MM-DD, or YYYY-MM-DDTHH:MM
    title: str = ""
    url: str = ""
    source_id: str | None = None

    def source_parts(self) -> list[str]:
        """publisher, published, title, url: the four parts of a source row, each on one line."""
        return [" ".join(str(part or "").split()) for part in (self.publisher, self.published, self.title, self.url)]

    def day(self) -> dt.date | None:
        """The day it was published (what its relative dates count from), None when it gives none."""
        try:
            return dt.date.fromisoformat(self.published[:10]) if len(self.published) >= 10 else None
        except ValueError:
            return None

    def label(self) -> str:
        """'Interfax, 22 Jun 2023': the article as a person names it."""
        day = self.day()
        return ", ".join(x for x in (self.publisher or "an article", format_day(day) if day else "") if x)


@dataclass(frozen=True)
class Start:
    """The cells a new event starts from, and what the readers found, in words (for the form's note)."""

    values: dict[str, str]
    found: tuple[str, ...] = ()
    refused: str = ""  # why the selection was not read (too long, or not in the article): then there is no evidence


def source_line(parts: list[str]) -> str:
    """`publisher | published | title | url` as the importer reads it back; `a|b||` when the spaced form
    would not read back (`parse_source_line` cannot split "TASS | 2023-06-21 |  | ": empty title and url)."""
    line = " | ".join(parts)
    try:
        if list(parse_source_line(line)) == parts:
            return line
    except ValueError:
        pass
    return "|".join(parts)


def start_from(article: ArticleRef, selection: str | None, reference: Tables, lexicon: Lexicon | None = None) -> Start:
    """The cells of a new event from `article`: its source always; with a `selection`, that text as the evidence and
    what extraction reads in it. Never a value no reader found: an actor whose role no rule gives has none."""
    values = {"sources": source_line(article.source_parts()), "review_state": REVIEW_STATE}
    sentence = " ".join((selection or "").split())
    refused = selection_refused(article, sentence)
    if refused or not sentence:
        return Start(values, (refused,) if refused else (), refused)
    values["evidence"] = sentence
    day = article.day()
    piece = Article(label="the selected text", body=sentence, publisher=article.publisher or None,
                    published_at=dt.datetime.combine(day, dt.time()) if day else None, url=article.url or None)
    lexicon = lexicon or Lexicon(reference)
    extraction = extract_article(piece, lexicon, today=day)
    if extraction.events:
        event = min(extraction.events, key=lambda c: (c.paragraph, c.order))  # the first event the selection reports
        return Start({**values, **_event_cells(event_json(extraction, event))},
                     (f"Extraction reads {_a(event.event_type.replace('_', ' '))} in the selected text.",))
    return _readers(values, sentence, day, lexicon)


def selection_refused(article: ArticleRef, sentence: str) -> str:
    """Why a (whitespace-normalised) selection cannot be the evidence of an event from `article`: over MAX_SELECTION
    characters, or not in the article's text (selected in another article, or mistyped); "" when it can."""
    if len(sentence) > MAX_SELECTION:
        return (f"The selected text is {len(sentence):,} characters long, so it was not read: select the sentence or "
                f"paragraph that reports the event (up to {MAX_SELECTION:,} characters).")
    if sentence and sentence not in " ".join(article.text.split()):
        return (f"The selected text is not in the article from {article.label()}, so it was not read: select the "
                "sentence that reports the event in this article's box, then press its button again.")
    return ""


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _event_cells(event: dict) -> dict[str, str]:
    """The flat cells of one event as `tracker extract` gives it (`event_json`)."""
    cells = {"title": event["title"] or "", "event_type": event["event_type"], "status": event["status"],
             "start_date": event["start_date"] or "", "date_precision": event["date_precision"] or "day",
             "process": event["process"] or "", "venue": event["venue"] or "",
             "round_number": "" if event["round_number"] is None else str(event["round_number"])}
    if event["end_date"] and event["end_date"] != event["start_date"]:
        cells["end_date"] = event["end_date"]
    roles = event["roles"]
    cells["actors"] = "; ".join(f"{name} [{roles[name]}]" if roles.get(name) else name for name in event["actors"])
    cells["quotes"] = "\n".join(f'[1] {q["speaker"] or ""}: "{" ".join(q["text"].split())}"' for q in event["quotes"])
    return {name: value for name, value in cells.items() if value}


def _readers(values: dict[str, str], sentence: str, day: dt.date | None, lexicon: Lexicon) -> Start:
    """What extraction's date and name readers find in a sentence its rules read no event in: its narrowest date
    (against the article's day), the actors it names (with no role: no rule said which)."""
    found: list[str] = ["Extraction reads no event in the selected text: type, title and roles are yours to give."]
    dates = find_dates(sentence, day)
    if dates:  # the narrowest ("on Monday", not "earlier in the week" around it), the first of those
        first = min(dates, key=lambda d: ((d.last - d.first).days, d.start))
        values.update(start_date=first.first.isoformat(), date_precision=first.precision,
                      status="scheduled" if first.future else "held")  # the tense the reader reads at the date
        if first.last != first.first and first.precision == "day":
            values["end_date"] = first.last.isoformat()
        found.append(f"Its date reader reads “{first.text}” as {format_day(first.first)}"
                     + (f" to {format_day(first.last)}" if first.last != first.first and first.precision == "day" else "")
                     + ".")
    roster = Roster(lexicon)
    names = list(dict.fromkeys(roster.name(mention.key) for mention in find_actors(sentence, roster)))
    if names:
        values["actors"] = "; ".join(names)
        found.append(f"Its name reader finds {', '.join(names)}.")
    return Start(values, tuple(found))


def article_ref(stored: dict) -> ArticleRef:
    """The ArticleRef of a stored article (`Store.stored_article`): its source as stored, its time to the minute."""
    published = str(stored.get("published_at") or "").replace(" ", "T")
    published = published[:10] if published[10:16] in ("", "T00:00") else published[:16]
    return ArticleRef(text=str(stored["text"]), publisher=str(stored.get("publisher") or ""), published=published,
                      title=str(stored.get("title") or ""), url=str(stored.get("url") or ""),
                      source_id=str(stored.get("source_id") or "") or None)


def stored_start(store, article: str, selection: str | None = None) -> tuple[ArticleRef, Start]:
    """(the stored article `article` names: a candidate's, a suggestion's or a source's id; the Start of an event from
    it and `selection`), read through `store` (`Store.stored_article`, `Store.reference`); KeyError when no text is
    kept under that id, or when the selection is refused (`selection_refused`)."""
    stored = store.stored_article(article)
    if stored is None:
        raise KeyError(f"no stored article for {article!r}: give a candidate's, a suggested source's or a source's id "
                       "(tracker review list shows them)")
    ref = article_ref(stored)
    start = start_from(ref, selection, store.reference())
    if start.refused:
        raise KeyError(start.refused)
    return ref, start


def add_stored(store, article: str, selection: str | None = None, values: dict[str, str] | None = None, *,
               user: str | None = None):
    """Add an event citing a stored article (`stored_start`), `values` (flat cells) over its start, the article's text
    kept with its source (`Store.create_event`); (the recorded Change, the Start). EditRefused names each bad field."""
    ref, start = stored_start(store, article, selection)
    cells = {**start.values, **(values or {})}
    return store.create_event(cells, user=user, texts=texts_of(cells, ref)), start


def texts_of(values: dict[str, str], article: ArticleRef) -> dict[int, str]:
    """{number of the source (1-based) in the sources cell: the article's text} for the source that cites `article`:
    the one with its publisher and address (or title, when it has no address), else the first with its publisher and
    publication day, whose title and address the person may have tidied (a first sentence shortened to a headline).
    The source that carries the article's text, as an ingested candidate's does; {} when that source was removed."""
    want = article.source_parts()
    rows = [[" ".join(p.split()) for p in line.split("|")]
            for line in (values.get("sources") or "").splitlines() if line.strip()]
    same_day = None
    for n, parts in enumerate(rows, start=1):
        if len(parts) < 4 or parts[0] != want[0]:
            continue
        if (want[3] and parts[-1] == want[3]) or (not want[3] and " | ".join(parts[2:-1]) == want[2]):
            return {n: article.text}
        if same_day is None and parts[1][:10] == want[1][:10]:
            same_day = n
    return {} if same_day is None else {same_day: article.text}


__all__ = ["REVIEW_STATE", "ArticleRef", "Start", "MAX_SELECTION", "add_stored", "article_ref", "selection_refused", "source_line", "start_from", "stored_start", "texts_of"]
