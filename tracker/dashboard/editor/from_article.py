"""The event form opened on an article of the review page ("Add an event from this article"): the form of a new event
with the article as its source and the text selected in its box read by `tracker.from_article.start_from`; the article
again in the form, where a new selection is read as the evidence without losing what was typed (`reselection`); its
Save (`handlers.save`, the header's Add event's) keeps the article's text with that source (`kept_texts`)."""
from __future__ import annotations

import hashlib
import threading
import weakref
from collections import OrderedDict

import pandas as pd
from dash import html, no_update

from tracker.dashboard import inputs
from tracker.dashboard.data import DashboardData
from tracker.dashboard.editor.form import LABELS, blank_row, record_to_form
from tracker.dashboard.live import LiveData
from tracker.dashboard.review.handlers import MAX_ARTICLE_CHARS, too_long_message
from tracker.extract.highlight import segments
from tracker.extract.lexicon import Lexicon
from tracker.from_article import ArticleRef, Start, article_ref, start_from, texts_of
from tracker.models import Tables

#: What a page may send of an article nothing was stored from: its source's parts (the text is bounded apart).
PARTS = ("publisher", "published", "title", "url")
#: Extraction's lexicon by what it reads (`names_key`): building one reads every actor and place name (about a second,
#: more on a busy server), and a write gives the dashboard a new copy of its data but seldom a new name. The last two.
_LEXICONS: "OrderedDict[str, Lexicon]" = OrderedDict()
_BUILDING: dict[str, threading.Event] = {}  # names key -> set when the lexicon being built for it is there
_GUARD = threading.Lock()  # over the two dicts above
_READING = threading.Lock()  # a lexicon keeps what it read in the last article (`remap`): one reading at a time
_KEYS: "weakref.WeakKeyDictionary[DashboardData, str]" = weakref.WeakKeyDictionary()


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


def names_key(tables: Tables) -> str:
    """A digest of what extraction's lexicon reads of the store: the actors (all but their review state, which an
    accept changes), processes and venues; equal for two copies of the data with the same names."""
    digest = hashlib.blake2b(digest_size=16)
    for frame in (tables.actors.drop(columns=["review_state"], errors="ignore"), tables.processes, tables.venues):
        digest.update("|".join(map(str, frame.columns)).encode())
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def _key(data: DashboardData) -> str:
    key = _KEYS.get(data)
    if key is None:
        key = _KEYS[data] = names_key(data.tables)
    return key


def lexicon_of(data: DashboardData) -> Lexicon:
    """The names extraction reads with, for this copy of the data: the one already built for the same names (a write
    that added no actor, process or venue), or the one being built for them (`warm`), else built now."""
    key = _key(data)
    with _GUARD:
        lexicon = _LEXICONS.get(key)
        if lexicon is not None:
            return lexicon
        ready = _BUILDING.get(key)
        if ready is None:
            ready = _BUILDING[key] = threading.Event()
            building = True
        else:
            building = False
    if not building:
        ready.wait()
        return _LEXICONS.get(key) or lexicon_of(data)  # the build failed: try it here
    try:
        tables = data.tables
        lexicon = Lexicon(Tables(actors=tables.actors, processes=tables.processes, venues=tables.venues))
        with _GUARD:
            _LEXICONS[key] = lexicon
            while len(_LEXICONS) > 2:
                _LEXICONS.popitem(last=False)
        return lexicon
    finally:
        with _GUARD:
            _BUILDING.pop(key, None)
        ready.set()


def warm(data: DashboardData) -> None:
    """Build the lexicon for this copy's names in the background, when it is not built or being built: the review page
    calls it as it shows and after each write, so that "Add an event from this article" does not wait for it."""
    key = _key(data)
    with _GUARD:
        if key in _LEXICONS or key in _BUILDING:
            return
    threading.Thread(target=lexicon_of, args=(data,), name="tracker-lexicon", daemon=True).start()


def _start(data: DashboardData, article: ArticleRef, selection: str | None) -> Start:
    tables = data.tables
    lexicon = lexicon_of(data)
    with _READING:
        return start_from(article, selection, Tables(actors=tables.actors, processes=tables.processes,
                                                     venues=tables.venues), lexicon)


def article_form(data: DashboardData, article: ArticleRef, selection: str | None) -> tuple[dict, str]:
    """(the form of a new event from `article` and the text selected in it, the note of what the readers found)."""
    start = _start(data, article, selection)
    form = record_to_form(start.values)
    form["actors"] = form["actors"] or [blank_row("actors")]
    form["date_precision"] = form["date_precision"] or "day"  # as a typed date is read; type and status stay unchosen
    told = " ".join(start.found) or ("No text was selected in the article: select the sentence that reports the event "
                                     "before pressing the button, and its dates and names are read for you.")
    kept = (f"The article's text is kept with source 1 while its publisher and date stay {article.label()} "
            "(its title and address may be edited).")
    return form, f"{told} {kept}"


def article_opening(live: LiveData, request: dict) -> tuple[dict, str, dict, object, list] | None:
    """What "Add an event from this article" opens: (the form, its heading, its state, the note of what was read, the
    article's box in the form); None when the article is not there any more."""
    article = requested_article(live, request)
    if article is None:
        return None
    form, told = article_form(live.data, article, inputs.text(request.get("selection"), inputs.MAX_ARTICLE))
    opened = {**opened_state(article, inputs.text(request.get("box"))), "read": reading(form)}
    return (form, f"Add an event from {article.label()}", opened, _note(told), article_box(article.text, form.get("evidence")))


def _note(told: str) -> html.Span:
    return html.Span(told, className="editor-note")  # what was read, not a refusal: not in the refusals' red


def article_box(text: str, evidence: str | None) -> list:
    """The article in the form, its evidence marked: select another sentence there, then "Use selection as evidence"
    (the box takes the same mouse and keyboard selection as the review page's boxes, `assets/article_selection.js`)."""
    return [html.Mark(piece, className="evidence-mark") if marked else piece for piece, marked in segments(text, evidence)]


def stored_article_of(live: LiveData, opened: dict | None) -> ArticleRef | None:
    """The article a form was opened on (its state, `opened_state`), its text read from the store when it is stored
    there; None for a form opened otherwise, or an article no longer stored."""
    kept = (opened or {}).get("article") if isinstance(opened, dict) else None
    if not isinstance(kept, dict):
        return None
    parts = {part: str(kept.get(part) or "") for part in PARTS}
    if kept.get("source_id"):
        if live.store is None or not hasattr(live.store, "stored_article"):
            return None
        with live.lock:
            stored = live.store.stored_article(str(kept["source_id"]))
        return None if stored is None else ArticleRef(text=str(stored["text"]), source_id=str(kept["source_id"]), **parts)
    text = kept.get("text")
    return ArticleRef(text=text, **parts) if isinstance(text, str) and text else None


def too_long(opened: dict | None) -> str | None:
    """Why the text a form's state carries back from the page (an article nothing was stored from) is not read: over
    `MAX_ARTICLE_CHARS`, what the form is opened on at most (`requested_article`); None when it is not."""
    kept = (opened or {}).get("article") if isinstance(opened, dict) else None
    text = kept.get("text") if isinstance(kept, dict) else None
    if isinstance(text, str) and len(text) > MAX_ARTICLE_CHARS:
        return too_long_message("The article this form was opened on", len(text))
    return None


#: The fields the readers fill from a selection; read anew from a new selection unless the person changed them.
FILLABLE = ("title", "event_type", "status", "start_date", "end_date", "date_precision", "process", "round_number",
            "venue")


def _actor_rows(form: dict) -> list[list[str]]:
    rows = [[str(row.get(part) or "").strip() for part in ("name", "role")] for row in form.get("actors") or []]
    return [row for row in rows if any(row)]


def reading(form: dict) -> dict:
    """What the readers filled in a form (`FILLABLE` and the actor rows), kept in its state: a later selection
    replaces what still reads so, and keeps what the person changed."""
    return {**{name: str(form.get(name) or "") for name in FILLABLE}, "actors": _actor_rows(form)}


def reselection(live: LiveData, opened: dict | None, form: dict,
                selection: object) -> tuple[dict, list | None, object, list, dict | None] | None:
    """The text selected anew in the form's article box, read as the evidence of the open form: ({field: value} to set:
    the evidence, and each field of `FILLABLE` that is empty or still holds what the last selection read; the actor
    rows, likewise, or None; the note of what was read; the article's box, the new evidence marked; the new reading,
    for the form's state). What the person typed or chose stays. None when the form was not opened on an article that
    is still there."""
    if told := too_long(opened):
        return {}, None, _note(told), no_update, None
    article = stored_article_of(live, opened)
    if article is None:
        return None
    start = _start(live.data, article, inputs.text(selection, inputs.MAX_ARTICLE))
    if start.refused or not start.values.get("evidence"):
        told = start.refused or "No text was selected in the article above: select the sentence first."
        return {}, None, _note(told), article_box(article.text, form.get("evidence")), None
    read = record_to_form(start.values)
    read["date_precision"] = read["date_precision"] or "day"
    before = (opened or {}).get("read") if isinstance((opened or {}).get("read"), dict) else {}
    fills = {"evidence": read["evidence"]}
    for name in FILLABLE:
        now = str(form.get(name) or "").strip()
        if (not now or now == str(before.get(name) or "").strip()) and read.get(name, "") != now:
            fills[name] = read.get(name, "")
    now_actors, read_actors = _actor_rows(form), _actor_rows(read)
    follow = not now_actors or now_actors == before.get("actors")
    actors = (read["actors"] or [blank_row("actors")]) if follow and read_actors != now_actors else None
    changed = [LABELS.get(name, name) for name in fills if name != "evidence"] + (["Actors"] if actors else [])
    told = " ".join([*start.found, "The evidence is the new selection" + (
        f"; read anew from it: {', '.join(changed)}" if changed else "") + "; what you typed or chose stays."])
    return fills, actors, _note(told), article_box(article.text, fills["evidence"]), reading(read)


def opened_state(article: ArticleRef, box: str | None = None) -> dict:
    """The form's state (`ids.EDITOR_OPENED`): a new event, from this article (its text only when it is not stored),
    and the page's box it was opened from (the focus goes back to its button when the form closes)."""
    kept = {part: getattr(article, part) for part in PARTS}
    kept.update({"source_id": article.source_id} if article.source_id else {"text": article.text})
    kept.update({"box": box} if box else {})
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
    if not isinstance(text, str) or not text or len(text) > MAX_ARTICLE_CHARS:  # `handlers.save` refuses it first
        return {}
    return texts_of(values, ArticleRef(text=text, **{part: str(kept.get(part) or "") for part in PARTS}))
