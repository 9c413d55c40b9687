"""The event form opened on an article of the review page ("Add an event from this article"): the form of a new event
with the article as its source and the text selected in its box read by `tracker.from_article.start_from`; its Save
(`handlers.save`, the header's Add event's) keeps the article's text with that source (`kept_texts`)."""
from __future__ import annotations

import weakref

from dash import html

from tracker.dashboard import inputs
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.form import blank_row, record_to_form
from tracker.dashboard.live import LiveData
from tracker.dashboard.review.handlers import MAX_ARTICLE_CHARS
from tracker.extract.lexicon import Lexicon
from tracker.from_article import ArticleRef, article_ref, start_from, texts_of
from tracker.models import Tables

#: What a page may send of an article nothing was stored from: its source's parts (the text is bounded apart).
PARTS = ("publisher", "published", "title", "url")
#: The lexicon of each copy of the data (building one reads every actor and place name: seconds, once per copy).
_LEXICONS: "weakref.WeakKeyDictionary[DashboardData, Lexicon]" = weakref.WeakKeyDictionary()


def requested_article(live: LiveData, request: dict) -> ArticleRef | None:
    """The article a button named: a stored one ("source:<id>", read from the store) or the text and source the page
    sent ("text:<n>", an ingested article nothing was stored from); None when there is none."""
    key = inputs.text(request.get("article")) or ""
    if key.startswith("source:") and live.store is not None and hasattr(live.store, "stored_article"):
        with live.lock:
            stored = live.store.stored_article(key[len("source:"):])
        return None if stored is None else article_ref(stored)
    text = inputs.text(request.get("text"), inputs.MAX_ARTICLE) or ""
    if key.startswith("text:") and text.strip() and len(text) <= MAX_ARTICLE_CHARS:  # the page extracts no longer
        return ArticleRef(text=text, **{part: inputs.text(request.get(part)) or "" for part in PARTS})
    return None


def lexicon_of(data: DashboardData) -> Lexicon:
    """The names extraction reads with, for this copy of the data."""
    lexicon = _LEXICONS.get(data)
    if lexicon is None:
        tables = data.tables
        lexicon = _LEXICONS[data] = Lexicon(Tables(actors=tables.actors, processes=tables.processes, venues=tables.venues))
    return lexicon


def article_form(data: DashboardData, article: ArticleRef, selection: str | None) -> tuple[dict, str]:
    """(the form of a new event from `article` and the text selected in it, the note of what the readers found)."""
    tables = data.tables
    start = start_from(article, selection, Tables(actors=tables.actors, processes=tables.processes,
                                                  venues=tables.venues), lexicon_of(data))
    form = record_to_form(start.values)
    form["actors"] = form["actors"] or [blank_row("actors")]
    form["date_precision"] = form["date_precision"] or "day"  # as a typed date is read; type and status stay unchosen
    told = " ".join(start.found) or ("No text was selected in the article: select the sentence that reports the event "
                                     "before pressing the button, and its dates and names are read for you.")
    kept = (f"The article's text is kept with source 1 while its publisher and date stay {article.label()} "
            "(its title and address may be edited).")
    return form, f"{told} {kept}"


def article_opening(live: LiveData, request: dict) -> tuple[dict, str, dict, object] | None:
    """What "Add an event from this article" opens: (the form, its heading, its state, the note of what was read);
    None when the article is not there any more."""
    article = requested_article(live, request)
    if article is None:
        return None
    form, told = article_form(live.data, article, inputs.text(request.get("selection"), inputs.MAX_ARTICLE))
    return (form, f"Add an event from {article.label()}", opened_state(article),
            html.Span(told, className="editor-note"))  # what was read, not a refusal: not in the refusals' red


def opened_state(article: ArticleRef) -> dict:
    """The form's state (`ids.EDITOR_OPENED`): a new event, from this article (its text only when it is not stored)."""
    kept = {part: getattr(article, part) for part in PARTS}
    kept.update({"source_id": article.source_id} if article.source_id else {"text": article.text})
    return {"event_id": None, "version": None, "base": {}, "article": kept}


def kept_texts(store, opened: dict | None, values: dict[str, str]) -> dict[int, str]:
    """{source number: article text} for `Store.create_event`: the text of the article the form was opened on, for the
    source that still cites it ({} for a form opened by Add event, or when that source was removed)."""
    kept = (opened or {}).get("article")
    if not isinstance(kept, dict):
        return {}
    text = kept.get("text")
    if kept.get("source_id") and store is not None and hasattr(store, "article_texts"):
        text = store.article_texts([str(kept["source_id"])]).get(str(kept["source_id"]))
    if not isinstance(text, str) or not text:
        return {}
    return texts_of(values, ArticleRef(text=text, **{part: str(kept.get(part) or "") for part in PARTS}))
