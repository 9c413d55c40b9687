"""Suggested sources on the review page: an article that matches a confirmed event waits here until a person
accepts it (its source and quotes join the event) or rejects it (the event stays as it was).

The list is surest first; the selected suggestion shows its article with the evidence marked.
A selection of a suggestion is kept in the page's one selection store as `SOURCE_PREFIX + id`.
"""
from __future__ import annotations

import pandas as pd
from dash import dcc, html, no_update

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.live import LiveData, request_user
from tracker.dashboard.review import add_from, views
from tracker.extract.highlight import segments
from tracker.suggestions import SUGGESTION_COLUMNS, describe, quotes_of, suggestion_frame

SOURCE_PREFIX = "source:"


def suggestion_id(selected: str | None) -> str | None:
    """The suggestion a selection names, or None when it names a candidate (or nothing)."""
    return selected[len(SOURCE_PREFIX):] if isinstance(selected, str) and selected.startswith(SOURCE_PREFIX) else None


def pending(data: DashboardData) -> pd.DataFrame:
    """The pending suggestions, surest first (none when the dashboard has no store that keeps them)."""
    store = data.store
    if store is None:
        return suggestion_frame([])
    try:
        with data._lock:
            return store.suggestions()
    except NotImplementedError:
        return suggestion_frame([])


def article_texts(data: DashboardData, source_ids: list[str]) -> dict[str, str]:
    """The stored texts of these sources' articles (none without a store that keeps them)."""
    if data.store is None or not source_ids:
        return {}
    try:
        with data._lock:
            return data.store.article_texts(source_ids)
    except NotImplementedError:
        return {}


def marked_article(text: str | None, evidence: str | None, label: str = "The article", box_id: str | None = None,
                   source_id: str | None = None) -> list:
    """The article with its evidence sentences in <mark>; the box and each mark can be reached with Tab. With the
    `source_id` it is stored under, "Add an event from this article" follows the box (`box_id`), for editors."""
    if not text:
        return [html.P("The article's text was not kept (it was stored before the review queue).", className="muted")]
    parts = [html.Mark(piece, tabIndex=0, className="evidence-mark", title="The sentence the event was found in")
             if is_evidence else piece for piece, is_evidence in segments(text, evidence)]
    found = any(isinstance(p, html.Mark) for p in parts)
    box = html.Div(parts, className="article-text", tabIndex=0, role="region",
                   **{"aria-label": f"{label}, evidence highlighted"}, **({"id": box_id} if box_id else {}))
    from tracker.dashboard.editor.layout import may_write

    adding = [add_from.button(f"source:{source_id}", box_id)] if source_id and box_id and may_write() else []
    return [html.H4(label + ("" if found else " (the evidence sentence was not found in it)")), box, *adding]


def card(row: pd.Series, title: str | None, selected: bool) -> html.Li:
    """One suggestion: what accepting does, its confidence, the sentence that matched."""
    sid = str(row["suggestion_id"])
    confidence = "" if pd.isna(row["confidence"]) else f"confidence {float(row['confidence']):.2f}"
    what = describe(row, title)
    return html.Li(html.Button([
        html.Span(what[0].upper() + what[1:], className="card-title"),
        html.Span(confidence, className="card-facts"),
        html.Span(views.quoted(views.text(row['evidence']) or 'No evidence sentence recorded.'), className="card-evidence"),
    ], id={"type": ids.REVIEW_PICK_SOURCE, "index": sid}, n_clicks=0, className="card-button",
        title=f"Review the suggested source {sid}",
        **{"aria-pressed": "true" if selected else "false",
           "aria-label": f"Suggested source, {confidence or 'no confidence'}: {what}"}),
        className="candidate selected" if selected else "candidate")


def suggestion_list(data: DashboardData, selected: str | None) -> tuple[str, list]:
    """The count line and the cards of the pending suggestions, surest first."""
    rows = pending(data)
    if rows.empty:
        return "No suggested sources: an article about a confirmed event is listed here before it is attached.", []
    titles = _titles(data, list(rows["event_id"]))
    chosen = suggestion_id(selected)
    count = (f"{len(rows):,} article{'s' if len(rows) != 1 else ''} suggested as sources of confirmed events, "
             "surest first. Accept one to attach it; the event is not changed until then.")
    return count, [card(row, titles.get(row["event_id"]), row["suggestion_id"] == chosen) for _, row in rows.iterrows()]


def _titles(data: DashboardData, event_ids: list[str]) -> dict[str, str]:
    positions = [data.position_of(e) for e in event_ids]
    found = [(e, p) for e, p in zip(event_ids, positions) if p is not None]
    return dict(zip([e for e, _ in found], data.titles_at([p for _, p in found]))) if found else {}


def panel(data: DashboardData, selected: str | None) -> tuple[bool, list]:
    """Whether the suggestion panel hides, and what it shows for the selected suggestion."""
    sid = suggestion_id(selected)
    if sid is None:
        return True, []
    rows = pending(data)
    rows = rows[rows["suggestion_id"] == sid]
    if rows.empty:
        return False, [views.error("This suggestion was accepted or rejected already; pick another.")]
    row = rows.iloc[0]
    title = _titles(data, [str(row["event_id"])]).get(str(row["event_id"]))
    confidence = "" if pd.isna(row["confidence"]) else f" (confidence {float(row['confidence']):.2f})"
    quotes = quotes_of(row)
    published = "" if pd.isna(row["published_at"]) else f" · published {row['published_at']:%Y-%m-%d}"
    return False, [
        html.H3("Suggested source", className="evidence-title"),
        html.P(["Accepting will ", html.Strong(describe(row, title)), "."]),
        html.P([html.Span(views.text(row["publisher"]) or "Unknown publisher"), html.Span(published, className="muted"),
                html.Div(views.text(row["title"]))]),
        html.H4("The sentence that matched" + confidence),
        html.Blockquote(views.text(row["evidence"]) or "No evidence sentence recorded.", className="evidence-text"),
        html.H4(f"Quotes it adds ({len(quotes)})"),
        html.Ul([html.Li(f"{q.get('speaker') or 'Unattributed'}: {views.quoted(q['text'])}") for q in quotes]) if quotes
        else html.P("None.", className="muted"),
        *marked_article(article_texts(data, [sid]).get(sid), views.text(row["evidence"]), box_id="review-article-suggestion",
                        source_id=sid),
    ]


def _following(data: DashboardData, sid: str) -> str | None:
    listed = list(pending(data)["suggestion_id"])
    if sid not in listed:
        return SOURCE_PREFIX + listed[0] if listed else None
    at = listed.index(sid)
    rest = listed[at + 1:] or listed[:at][-1:]
    return SOURCE_PREFIX + rest[0] if rest else None


def decide(live: LiveData, selected: str | None, accept: bool, prefix: str) -> tuple[object, object, object]:
    """Accept or reject the selected suggestion, all or nothing: (message, next selection, data version)."""
    sid = suggestion_id(selected)
    if sid is None:
        return views.error("Pick a suggested source in the list first."), no_update, no_update
    following = _following(live.data, sid)
    done: list[str] = []

    def action(_data: DashboardData, store) -> list[str]:
        try:
            event_id = (store.accept_suggestion(sid, user=request_user()) if accept
                        else store.reject_suggestion(sid, user=request_user()))
        except KeyError:
            raise LookupError("This suggestion was accepted or rejected already; nothing changed.") from None
        done.append(event_id)
        return [event_id] if accept else []

    try:
        live.write(action)
    except LookupError as exc:
        return views.error(str(exc)), following, no_update
    event_id = done[0]
    if accept:
        message = views.note([f"Accepted: the article is now a source of {event_id}. ",
                              dcc.Link("Open that event", href=f"{prefix}?event={event_id}", className="link")])
    else:
        message = views.note(f"Rejected: the article was not attached; {event_id} is unchanged.")
    return message, following, live.data.version


def section() -> html.Section:
    """The suggested sources waiting for a decision."""
    return html.Section([
        html.H2("Suggested sources for confirmed events", className="panel-title"),
        html.P(id=ids.REVIEW_SOURCES_COUNT, className="muted", **{"aria-live": "polite"}),
        html.Ul(id=ids.REVIEW_SOURCES_LIST, className="candidate-list"),
    ], className="review-candidates review-sources", **{"aria-label": "Suggested sources"})


def panel_section() -> html.Div:
    """The selected suggestion, with accept and reject."""
    return html.Div([
        html.Div(id=ids.REVIEW_SOURCE_DETAIL, className="evidence"),
        html.Div([
            html.Button("Accept: attach this source", id=ids.REVIEW_SOURCE_ACCEPT, className="button primary", n_clicks=0,
                        title="Adds the source and its quotes to the confirmed event"),
            html.Button("Reject", id=ids.REVIEW_SOURCE_REJECT, className="button danger", n_clicks=0,
                        title="The event stays as it is; this article is not suggested again"),
        ], className="form-actions"),
    ], id=ids.REVIEW_SOURCE_PANEL, hidden=True)


__all__ = ["SOURCE_PREFIX", "SUGGESTION_COLUMNS", "decide", "marked_article", "panel", "panel_section", "pending",
           "section", "suggestion_id", "suggestion_list"]
