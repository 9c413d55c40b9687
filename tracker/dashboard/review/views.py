"""What the review page draws: candidate cards, the evidence of one, form values, messages. Data is text, never HTML."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from dash import dcc, html

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.detail import safe_link
from tracker.dates import format_day, format_span, parse_iso_day
from tracker.extract import review as actions
from tracker.extract.ingest import IngestReport
from tracker.extract.language import UNREAD
from tracker.models import Tables
from tracker.problems import Problem
from tracker.venue_names import venue_country

#: candidates listed at once (surest first); the count says how many more wait.
LIST_LIMIT = 200
#: candidates read to pick the surest LIST_LIMIT from (confidence is not in the lean copy).
SCAN_LIMIT = 5000


def text(value: object) -> str:
    """A cell as text ('' for missing values)."""
    return "" if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)) else str(value)


def quoted(value: str) -> str:
    """`value` between quotation marks, unless it opens with one of its own: a sentence that opens with a quote
    showed “"Syria's ... (QA12), and one whose quote closes inside it got a closing mark it never opened ("We have
    made progress," he said in Doha.”: QA14), as did one that ends with a quote of its own."""
    inner = value.strip()
    return inner if inner[:1] in "\"“«„" else f"“{inner}”"


def error(message: object) -> html.Div:
    """A message saying what went wrong: an alert, drawn apart from the notes of what was done."""
    return html.Div(message, className="message error", role="alert")


def why_undated(article) -> str:
    """Why an article's dates cannot be read: a dateline without a year, or no date of its own at all."""
    if article.dateline_text:
        where = f" “{article.dateline_place}, {article.dateline_text}”" if article.dateline_place else ""
        return f"Its dateline{where} has no year, so its dates cannot be read."
    return ("It shows no date of its own (no timestamp, date line or dated dateline), so “on Wednesday”, “last week” "
            "and the other dates counted from its publication cannot be read.")


def no_date_problem(article) -> str:
    """The line an uploaded file without a publication date gets in the list of what was not stored."""
    return (f"no publication date; nothing stored. {why_undated(article)} Enter the date in Publication date and "
            "drop the file again")


def _found(events: list) -> str:
    waiting = sum(1 for c in events if c.first is None)
    if not events:
        return "No event was found in it."
    told = f"It reports {len(events)} candidate event{'s' if len(events) != 1 else ''}"
    if not waiting:
        return told + "."
    which = "" if len(events) == 1 else " all" if waiting == len(events) else f" {waiting} of them"
    return told + f",{which} dated only from the day it was published."


def date_needed(article, events: list = ()) -> html.Div:
    """Why a pasted article was not stored: it gives no publication date; the box below asks for it. `events` are the
    candidates read from it all the same, so the analyst sees that the text was read and what the date would store.
    An article that names no publisher either is told so at once, not after the date is given."""
    also = ("" if article.publisher else " It names no publisher either: type it in Publisher (or add a first line "
                                         "“publisher: NAME” to the text).")
    return error([html.P(html.Strong("Nothing stored: the article gives no publication date.")),
                  html.P(f"{why_undated(article)} {_found(events)} Enter the date it was published in Publication date "
                         f"(YYYY-MM-DD).{also} Then press “Extract and store candidates” again.")])


def language_unread(notes: list[str]) -> html.Div:
    """Why a pasted article was not stored: extraction does not read its language, whatever publisher or date is given."""
    said = [n.split(": ", 1)[-1] for n in notes if UNREAD in n]
    return error([html.P(html.Strong("Nothing stored: the text is in a language extraction does not read.")),
                  html.P(f"{said[0][0].upper() + said[0][1:] if said else 'Nothing was extracted'}. A publisher or a "
                         "publication date would not change that: add its events with “Add event”.")])


def publisher_needed(events: list = ()) -> html.Div:
    """Why a pasted article was not stored: nothing in it names its publisher, which every stored event cites."""
    return error([html.P(html.Strong("Nothing stored: the article names no publisher.")),
                  html.P("Every event cites its source by publisher, and nothing in the text names one (no agency in "
                         f"its dateline such as “ASTANA (Reuters) -”, no “publisher:” or “url:” line). {_found(events)} "
                         "Type it in Publisher (or add a first line “publisher: NAME” or “url: ADDRESS” to the text) "
                         "and press “Extract and store candidates” again.")])


#: The review form's labels of the fields an edit's problems name.
FIELD_LABELS = {"title": "Title", "event_type": "Type", "status": "Status", "start_date": "Start date",
                "end_date": "End date", "date_precision": "Date precision", "process": "Process", "round_number": "Round",
                "venue": "Venue", "venue_country": "Country", "summary": "Summary", "actors": "Actors and their roles", "links": "Links to other events"}


#: Where one bad line of the actors or links box starts in a refusal: "actors, line 2: …", "links, line 1 ('x'): …".
BOX_LINE = re.compile(r"(actors|links), line (\d+)\b")


def refusal_lines(exc: Exception) -> list[tuple[str | None, str]]:
    """Why an action was refused, as (field, line) pairs, each bad field named by its label in the form ("Round: 'seven'
    is not a whole number", "Actors and their roles, line 2: no actor named …"), not by its column and the edit's
    file-style place ("edit of x-…, column 'round_number': error: …"); field None for a refusal of the whole
    action."""
    problems = getattr(exc, "problems", ())
    if problems:
        return [(p.column, f"{FIELD_LABELS.get(p.column, p.column)}"
                           f"{f', line {p.row}' if p.column in ('actors', 'links') and p.row else ''}: {p.reason}")
                for p in problems]
    message = str(exc)
    # the boxes' bad lines come joined by "; " (`tracker.extract.review.revise`), and a line's reason may hold one of
    # its own ("unknown role 'x'; use one of: …"): split only where the next line is named
    parts = [part for part in re.split(r";\s+(?=(?:actors|links), line \d+\b)", message) if part.strip()]
    found = [BOX_LINE.match(part) for part in parts]
    if not all(found):
        return [(None, message)]
    return [(m.group(1), FIELD_LABELS[m.group(1)] + part[len(m.group(1)):]) for m, part in zip(found, parts)]


def refusal(exc: Exception) -> object:
    """Why an action was refused: "Not saved: " and the bad field with its reason, or each bad field (or line of the
    actors and links boxes) on its own line under "Not saved:" (they ran on as one paragraph joined by ";")."""
    lines = refusal_lines(exc)
    if all(field is None for field, _ in lines):
        return str(exc)
    if len(lines) == 1:  # one full stop, none after a question ("did you mean 'Astana format'?")
        told = lines[0][1].rstrip(".")
        return f"Not saved: {told}" + ("" if told.endswith("?") else ".")
    return [html.P("Not saved:"), html.Ul([html.Li(line) for _, line in lines], className="problems")]


def refused_fields(exc: Exception) -> frozenset[str]:
    """The form's fields (and boxes: 'actors', 'links') a refusal names, to be marked invalid."""
    return frozenset(field for field, _ in refusal_lines(exc) if field is not None)


def note(message: object) -> html.Div:
    """A message saying what was done."""
    return html.Div(message, className="message ok")


def problem(name: str, reason: str) -> Problem:
    """A problem with a whole file."""
    return Problem(name, None, None, reason)


def problems(found: list[Problem]) -> html.Div:
    """Refused files, one line each, naming the file and the reason."""
    if not found:
        return error("Nothing to read.")
    return error([html.P("Not read:"), html.Ul([html.Li(str(p)) for p in found], className="problems")])


def candidate_ids(data: DashboardData, limit: int | None = LIST_LIMIT) -> list[str]:
    """Ids of the candidates in the order `tracker review list` gives (surest first, then oldest)."""
    column = data.tables.events["review_state"]
    if "candidate" not in column.cat.categories:
        return []
    positions = np.flatnonzero(column.cat.codes.to_numpy() == column.cat.categories.get_loc("candidate"))
    picked = data.subset(data.ids.take(positions[:SCAN_LIMIT]))
    listed = list(actions.candidates(picked)["event_id"])
    return listed[:limit] if limit else listed


def _when(row: pd.Series) -> str:
    start = row["start_date"].date()
    end = None if pd.isna(row["end_date"]) else row["end_date"].date()
    return format_span(start, end if end != start else None, text(row["date_precision"]) or "day")


def _source_line(tables: Tables, event_id: str) -> str:
    sources = tables.sources[tables.sources["event_id"] == event_id]
    if sources.empty:
        return "No source recorded."
    first = sources.iloc[0]
    published = "" if pd.isna(first["published_at"]) else format_day(first["published_at"].date())
    more = f" and {len(sources) - 1} more" if len(sources) > 1 else ""
    return f"Source: {text(first['publisher']) or 'unknown publisher'}" + (f", {published}" if published else "") + more


def _confidence(row: pd.Series) -> str:
    return _confidence_text(None if pd.isna(row["confidence"]) else row["confidence"])


def _confidence_text(value: object) -> str:
    return "" if value is None else f"confidence {float(value):.2f}"


#: The longest evidence a card shows (characters); the selected candidate's view shows it whole.
CARD_EVIDENCE = 240


def first_sentence(evidence: str, limit: int = CARD_EVIDENCE) -> str:
    """A card's evidence: its first sentence, cut at a word before `limit` characters; "…" when more follows (an
    evidence of several sentences, joined by extraction's merges, ran on for a whole paragraph in the list)."""
    from tracker.extract.units import split_sentences

    evidence = " ".join(evidence.split())
    first = (split_sentences(evidence) or [""])[0].strip() if evidence else ""
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    elif first != evidence:
        first += " …"
    return first


def card(row: pd.Series, tables: Tables, selected: bool, pattern: str = ids.REVIEW_PICK) -> html.Li:
    """One candidate: title, date, type, the sentence it came from, its source; a click selects it."""
    event_id = str(row["event_id"])
    facts = " · ".join(x for x in (_when(row), text(row["event_type"]).replace("_", " "), text(row["process"]),
                                   _confidence(row)) if x)
    evidence = first_sentence(text(row["evidence"])) or text(row["summary"]) or "No evidence sentence recorded."
    return html.Li(html.Button([
        html.Span(text(row["title"]) or event_id, className="card-title"),
        html.Span(facts, className="card-facts"),
        html.Span(quoted(evidence), className="card-evidence"),
        html.Span(_source_line(tables, event_id), className="card-source"),
    ], id={"type": pattern, "index": event_id}, n_clicks=0, className="card-button", title=f"Review {event_id}",
        **{"aria-pressed": "true" if selected else "false",
           "aria-label": f"Candidate, {_confidence(row) or 'no confidence'}: {text(row['title']) or event_id}, {_when(row)}"}),
        className="candidate selected" if selected else "candidate")


def candidate_list(data: DashboardData, selected: str | None) -> tuple[str, list]:
    """The count line and the cards of the candidates waiting for review."""
    column = data.tables.events["review_state"]
    total = int((column == "candidate").sum())
    if not total:
        from tracker.dashboard.editor.layout import may_write

        return ("No candidates to review." + (" Paste an article or upload a file above to extract some."
                                              if may_write() else "")), []
    from tracker.dashboard.editor.layout import may_write

    tables = data.subset(candidate_ids(data))
    events = actions.candidates(tables)
    # a viewer has no Save, Accept, Reject or Merge: "click one to review it" sent them to a form they could not send
    how = ("Click one to review it (or Up and Down, then Enter)." if may_write() else
           "Click one to read it (or Up and Down, then Enter); editors accept, reject or merge them.")
    count = f"{total:,} candidate{'s' if total != 1 else ''} waiting for review" + (
        f"; the {LIST_LIMIT} surest are listed" if total > LIST_LIMIT else "") + ", surest first. " + how
    return count, [card(row, tables, row["event_id"] == selected) for _, row in events.iterrows()]


def field_values(row: pd.Series | None) -> list:
    """The form's values for an event, in `ids.REVIEW_FIELDS` order (blank without one)."""
    if row is None:
        return ["", None, None, "", "", None, "", "", "", "", ""]
    end = "" if pd.isna(row["end_date"]) else row["end_date"].date().isoformat()
    round_number = "" if pd.isna(row["round_number"]) else str(int(row["round_number"]))
    return [text(row["title"]), text(row["event_type"]) or None, text(row["status"]) or None,
            row["start_date"].date().isoformat(), end, text(row["date_precision"]) or "day", text(row["process"]),
            round_number, text(row["venue"]), text(row["venue_country"]), text(row["summary"])]


def record_field_values(event: dict) -> list:
    """`field_values` of a stored record's event row (column -> SQL value), without making a frame of it."""
    def cell(column: str) -> str:
        return "" if event.get(column) is None else str(event[column])

    return [cell("title"), cell("event_type") or None, cell("status") or None, cell("start_date")[:10],
            cell("end_date")[:10], cell("date_precision") or "day", cell("process"), cell("round_number"), cell("venue"),
            cell("venue_country"), cell("summary")]


def form_changes(stored_values: list, form: dict) -> dict[str, object]:
    """The fields whose form value differs from the stored one (`field_values`, `record_field_values`); a dropdown
    left empty changes nothing."""
    stored = dict(zip(ids.REVIEW_FIELDS, stored_values))
    changes: dict[str, object] = {}
    for column, value in form.items():
        if value is None and column in ("event_type", "status", "date_precision"):
            continue
        value = "" if value is None else str(value).strip()
        if value != (stored[column] or ""):
            changes[column] = value
    return changes


def country_follows_venue(data: DashboardData, changes: dict, venue: object, country: object,
                          fill_empty: bool = False) -> dict:
    """`changes` with the venue's country when the Venue changed and the Country was left as it was (the country of
    the earlier venue was saved with the new one, "Ankara" in DEU; review29), or when the stored country is empty and
    `fill_empty` (an Accept) or the Save writes something: `venue_country`'s answer, or empty for a changed venue it
    does not place, as the event form and the importers fill it. A Country the form changed is the person's (the
    page fills it as the Venue is typed, `callbacks.REVIEW_VENUE_COUNTRY`) and is kept, and so is a stored one that
    is not the stored venue's own (the analyst's, which the page keeps too)."""
    stored, venues = text(country), data.tables.venues
    if "venue_country" in changes or ("venue" not in changes and (stored or not (fill_empty or changes))):
        return changes
    if "venue" in changes and stored and stored != (venue_country(text(venue), venues) or ""):
        return changes  # a country the analyst set apart from its venue's stays, as the page keeps it (review30)
    found = venue_country(changes.get("venue", text(venue)), venues) or ""
    return changes if found == stored or (not found and "venue" not in changes) else {**changes, "venue_country": found}


def evidence(record: dict, names: dict[str, str]) -> list:
    """The candidate's evidence sentence, confidence, actors and sources, above the form, from its stored record
    (`DashboardData.stored_record`); `names`: actor id -> name."""
    event, event_id = record["event"], record["event_id"]
    start, end = (_day(event.get(column)) for column in ("start_date", "end_date"))
    when = format_span(start, end if end != start else None, event.get("date_precision") or "day") if start else ""
    confidence = _confidence_text(event.get("confidence"))
    venue, country = text(event.get("venue")), text(event.get("venue_country"))
    # the panel says where the candidate is placed, country included (review29), as the saved record has it
    where = f" · {venue}" + (f" ({country})" if country else "") if venue else ""
    parts: list = [
        html.H3(text(event.get("title")) or event_id, className="evidence-title"),
        html.P([html.Span(f"{when}{where} · review state: {text(event.get('review_state'))} · ", className="muted"),
                html.Code(event_id)]),
        html.H4("The sentence it came from" + (f" ({confidence})" if confidence else "")),
        html.Blockquote(text(event.get("evidence")) or "No evidence sentence recorded.", className="evidence-text"),
        html.H4("Actors"),
        html.P(", ".join(f"{names.get(actor, actor)} ({role})" for actor, role in record["actors"])
               or "None found.", className="evidence-actors"),
        html.H4("Sources"),
    ]
    items = []
    for _source_id, publisher, title, url, published_at in record["sources"]:
        published = _day(published_at)
        line = [html.Strong(text(publisher) or "Unknown publisher"),
                html.Span(f" · {format_day(published)}" if published else "", className="muted")]
        if text(title):
            line.append(html.Div(text(title)))
        url = text(url)
        if url and safe_link(url):
            line.append(html.A("Open source ↗", href=url, target="_blank", rel="noopener noreferrer", className="source-link"))
        elif url:
            line.append(html.Div([html.Span("Not a web link: ", className="muted"), html.Code(url)]))
        items.append(html.Li(line))
    parts.append(html.Ul(items, className="sources") if items else html.P("None recorded.", className="muted"))
    return parts


def _day(value: object):
    """The day of a stored date or time stamp (ISO text), None for none."""
    return None if value is None or value == "" else parse_iso_day(str(value)[:10])


def ingested_articles(articles: list, report: IngestReport, new: pd.DataFrame, changes: Tables) -> list:
    """Each article an ingest read, its text in a box with "Add an event from this article" under it (for an event
    extraction missed), open when it gave no new candidate: then the person has nothing else to act on."""
    from tracker.dashboard.editor.layout import may_write
    from tracker.dashboard.review import add_from
    from tracker.dates import format_day

    if not articles or not may_write():
        return []
    sources = changes.sources
    parts: list = [html.H3("Articles read")]
    for n, article in enumerate(articles, start=1):
        stored = [sid for sid, text in report.texts.items() if text == article.read_text]
        made = int(sources[sources["source_id"].isin(stored)]["event_id"].isin(set(new["event_id"])).sum()) \
            if stored and len(new) else 0
        published = article.published_at
        day = format_day(published.date()) if published else ""
        said = ", ".join(x for x in (article.publisher or "No publisher", day) if x)
        box_id = f"review-article-ingest-{n}"
        source = {"publisher": article.publisher or "", "title": article.title or "", "url": article.url or "",
                  "published": published.isoformat(timespec="minutes").removesuffix("T00:00") if published else ""}
        key = f"source:{stored[0]}" if stored else f"text:{n}"
        parts.append(html.Details([
            html.Summary(f"{said}: “{article.title or article.label}” ({made} new)"),
            html.Div(article.read_text, id=box_id, className="article-text", tabIndex=0, role="region",
                     **{"aria-label": f"The article from {said}"}),
            add_from.button(key, box_id, **source),
        ], open=made == 0, className="ingested-article"))
    return parts


def ingest_result(report: IngestReport, changes: Tables, new: pd.DataFrame, errors: list[Problem],
                  articles: list = ()) -> html.Div:
    """What an ingest did: 'N new, M merged, K skipped', notes, refused files, and each article read, to add an event
    from (`ingested_articles`). Its new candidates are listed under it by `new_candidates`, from the current data."""
    actors = len(changes.actors)
    summary = str(report) + (f"; {actors} new candidate actor{'s' if actors != 1 else ''}" if actors else "") + "."
    parts: list = [html.P(summary, className="ingest-summary")]
    if report.notes:
        parts.append(html.Ul([html.Li(n) for n in report.notes], className="notes"))
    if errors:
        parts.append(problems(errors))
    parts += ingested_articles(articles, report, new, changes)  # the new candidates follow (`new_candidates`)
    if errors:  # some files failed: an alert, though others were stored
        return html.Div(parts, className="message mixed", role="alert")
    return html.Div(parts, className="message ok")


def new_ingest_ids(new: pd.DataFrame) -> list[str]:
    """The ids of an ingest's new candidates, surest first: the order `new_candidates` keeps them in."""
    return [] if new.empty else [str(x) for x in actions.by_confidence(new)["event_id"]]


#: How a candidate of the last ingest that left the queue is listed in its place: its review state now.
SETTLED = {"confirmed": "accepted: a confirmed event now", "rejected": "rejected (or merged into another event)"}


def new_candidates(data: DashboardData, event_ids: list[str], selected: str | None, prefix: str) -> list:
    """The last ingest's new candidates as the data holds them now, in the ingest's order: a card each while it is a
    candidate (its title and fields as saved since), and a line with its state and a link once it was accepted or
    rejected (the list was drawn once with the ingest's result: a Save, an Accept or a Reject did not show in it)."""
    if not event_ids:
        return []
    shown = event_ids[:LIST_LIMIT]  # a large feed's ingest: the first LIST_LIMIT drawn, all counted
    tables = data.subset(shown)
    rows = {str(row["event_id"]): row for _, row in tables.events.iterrows()}
    items = []
    for event_id in shown:
        row = rows.get(event_id)
        if row is not None and row["review_state"] == "candidate":
            items.append(card(row, tables, event_id == selected, ids.REVIEW_PICK_NEW))
            continue
        title = text(row["title"]) if row is not None else ""
        state = SETTLED.get(text(row["review_state"]), f"{text(row['review_state'])} now") if row is not None \
            else "no longer stored"
        line = [html.Span(title or event_id, className="card-title"), html.Span(state, className="card-facts")]
        if row is not None and row["review_state"] != "rejected":
            line.append(dcc.Link("Show it on the timeline", href=f"{prefix}?event={event_id}", className="link"))
        items.append(html.Li(line, className="candidate settled"))
    waiting = sum(1 for row in rows.values() if row["review_state"] == "candidate")
    if len(event_ids) > LIST_LIMIT:  # the rest counted from their states alone
        waiting += int((data.subset(event_ids[LIST_LIMIT:]).events["review_state"] == "candidate").sum())
    heading = f"New candidates of the last ingest ({waiting:,} of {len(event_ids):,} waiting for review" + (
        f"; the first {LIST_LIMIT} are listed)" if len(event_ids) > LIST_LIMIT else ")")
    return [html.H3(heading), html.Ul(items, className="candidate-list new")]
