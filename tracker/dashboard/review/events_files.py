"""Files of events dropped on the review page's upload (a TimelineJS story, an ACLED or GDELT export, a CSV, XLSX or
JSON of events): what `tracker validate` says of each, and, for an editor, its own "Import N events" button, which
imports it through `tracker.importing.import_files`, as `tracker import` does (one transaction, all or nothing, the
history naming who imported).

Each file is checked, and imported, on its own: one bad file does not hold back the others, and the summary of the
others is checked again after each import (an event the first brought in is then "already stored" for the next).
The dropped files wait in the page (`ids.REVIEW_IMPORT_FILES`), not on the server, so any worker can import them;
the page puts them there itself (`drop.py`), and an import sends back only what changed of them.
"""
from __future__ import annotations

import base64
import binascii
import tempfile
from pathlib import Path

from dash import dcc, html, no_update

from tracker.dashboard import ids
from tracker.dashboard.live import LiveData, request_user
from tracker.dashboard.review.layout import ARTICLE_TYPES
from tracker.importer import SUPPORTED
from tracker.importers import ImportOptions, detect_bytes
from tracker.filters import EventFilter
from tracker.importing import ImportCheck, ImportSummary, check_files, import_files
from tracker.problems import InputError, Problem

#: Problems listed under a file at most; the rest are counted (`tracker validate` prints 200 to a terminal).
MAX_LISTED = 50
#: The review states an events file may come in as on the page (`tracker import --state`): "" is the format's own.
STATE_CHOICES = ("", "candidate", "confirmed")
#: Said under the upload while a drop is checked, or a file imported (a 15 MB ACLED export: a minute or two each).
CHECKING = "Checking the dropped files against the store... a file of several MB takes a minute or more."
IMPORTING = ("Importing the file's events... a file of several MB takes a minute or more, and the dashboard waits "
             "for it meanwhile (tracker import is the way for large files).")


def events_files(contents, names) -> list[dict]:
    """The uploads that are files of events, as {"name", "contents"} (the page keeps them until they are imported);
    an article's file (by its type) or what no importer recognises is the article upload's."""
    contents = contents if isinstance(contents, list) else [contents] if contents else []
    names = names if isinstance(names, list) else [names] * len(contents)
    return [{"name": _safe_name(names[i]), "contents": contents[i]} for i in events_positions(contents, names)]


def events_positions(contents: list, names: list) -> list[int]:
    """Where the files of events are among uploads; one of an importer's types that cannot be read is one too (its
    card says so: the page sends such a type to this panel only, `drop.SPLIT`)."""
    found = []
    for position, (content, name) in enumerate(zip(contents, names)):
        name = _safe_name(name)
        if not isinstance(content, str) or name.lower().endswith(ARTICLE_TYPES):
            continue
        data = _decoded(content, name)
        if data is None and name.lower().endswith(SUPPORTED) or data is not None and is_events_file(data, name):
            found.append(position)
    return found


def is_events_file(data: bytes, name: str) -> bool:
    """Whether an upload's bytes are a file of events (read by the import panel, not as an article): recognised by
    an importer, or a CSV, XLSX or JSON that none recognises, which `tracker import` reads as the flat format so that
    its messages say what is wrong (it was read as an article: "names no publisher")."""
    lower = name.lower()
    return not lower.endswith(ARTICLE_TYPES) and (lower.endswith(SUPPORTED) or detect_bytes(data, name)[0] is not None)


def decode_upload(contents: str, name: str) -> bytes:
    """The bytes of an upload (a `data:...;base64,` URL), or an InputError naming the file."""
    try:
        return base64.b64decode(contents.split(",", 1)[1] if "," in contents else "", validate=False)
    except (binascii.Error, ValueError):
        raise InputError([Problem(name, None, None, "the upload could not be read; try the file again")]) from None


def _decoded(contents: str, name: str) -> bytes | None:
    """The bytes of an upload, None when they cannot be read."""
    try:
        return decode_upload(contents, name)
    except InputError:
        return None


def _safe_name(name: object) -> str:
    """A file name to write in a folder of our own: its last part, never a way out of the folder (the page sends it)."""
    last = Path(str(name or "")).name
    return last if last not in ("", ".", "..") else "upload"


def _state_note(fmt_reason: str) -> str:
    """What "as the file says" means for a file (`ImportOptions.state` None)."""
    if fmt_reason.startswith("GDELT"):
        return "as GDELT's default: candidates (machine-coded events)"
    return "as the file says (confirmed, unless a review_state column says otherwise)"


def _with_copy(entry: dict, work) -> object:
    """`work(path)` on a temporary copy of an upload under its own name (the importers read files), then removed."""
    data = _decoded(entry.get("contents") or "", entry["name"])
    if data is None:
        raise InputError([Problem(entry["name"], None, None, "the upload could not be read; drop the file again")])
    with tempfile.TemporaryDirectory(prefix="tracker-upload-") as folder:
        path = Path(folder) / _safe_name(entry["name"])
        path.write_bytes(data)
        return work(path)


def check_entry(live: LiveData, entry: dict) -> ImportCheck:
    """`tracker validate` of one dropped file against the store as it is now, stored nowhere."""
    from tracker.api import Tracker

    def work(path: Path) -> ImportCheck:
        if live.store is None:
            raise InputError([Problem(entry["name"], None, None, "this dashboard has no store to import into")])
        with live.reading() as reader:  # not the shared connection: a 15 MB file is read and compared for a minute
            return check_files(Tracker(reader), [path], labels=[entry["name"]])

    try:
        return _with_copy(entry, work)
    except InputError as exc:  # a file that cannot be read at all: its problems, nothing else
        return ImportCheck((), 0, 0, 0, 0, 0, tuple(exc.problems + exc.warnings))


def may_import(role: str | None) -> bool:
    """An editor or admin (or anyone, without logins) may import; a viewer is shown what the file holds only."""
    return role in (None, "editor", "admin")


def import_entry(live: LiveData, entry: dict, state: str | None) -> tuple[object, list[str]]:
    """Import one dropped file as `tracker import` does (`import_files`, one transaction, the history naming the
    logged-in user): (the ImportSummary, or the InputError that stored nothing; the ids of the events written)."""
    from tracker.api import Tracker

    options = ImportOptions(state=state or None)
    done: list = []

    def work(path: Path) -> list[str]:
        def write(_data, store) -> list[str]:
            summary = import_files(Tracker(store), [path], "auto", options, labels=[entry["name"]], user=request_user())
            done.append(summary)
            return list(summary.event_ids)
        return live.write(write)

    try:
        touched = _with_copy(entry, work)
    except InputError as exc:
        return exc, []
    return done[0], touched


def _problem_list(found: tuple[Problem, ...], kind: str, name: str) -> html.Div:
    """The problems of file `name`, in a box that scrolls past a few: the browser makes a box that scrolls a Tab stop
    (the keyboard's way to scroll it), so it is a region named for what it holds, not an unnamed stop (ux29a)."""
    listed = [html.Li(str(p)) for p in found[:MAX_LISTED]]
    if len(found) > MAX_LISTED:
        listed.append(html.Li(f"... and {len(found) - MAX_LISTED:,} more: `tracker validate` lists them all"))
    said = f"{len(found)} {kind}{'' if len(found) == 1 else 's'}"
    return html.Div([html.P(f"{said}:"),
                     html.Div(html.Ul(listed, className="problems"), className="problems-box", role="region",
                              **{"aria-label": f"{said} in {name}"})], className=f"import-{kind}s")


def file_card(index: int, entry: dict, check: ImportCheck, role: str | None) -> html.Article:
    """What a dropped file is and what importing it would do; the review state to bring it in as and its button
    for those who may write."""
    name = entry["name"]
    parts: list = [html.H3(name, className="import-name"),
                   html.P(f"Read as: {'; '.join(check.read_as) or 'not readable'}.", className="muted"),
                   html.P(check.summary() + ".", className="ingest-summary")]
    if check.errors:
        parts.append(html.Div(_problem_list(check.errors, "error", name), className="message error"))
        parts.append(html.P("Nothing of this file is stored. Fix the file and drop it again.", className="hint"))
    if check.warnings:
        parts.append(_problem_list(check.warnings, "warning", name))
    if not check.errors and check.events and may_import(role):
        parts.append(html.Fieldset([
            html.Legend("Bring the events in as"),
            dcc.RadioItems(id={"type": ids.REVIEW_IMPORT_STATE, "index": index}, value="",
                           options=[{"label": _state_note(" ".join(check.read_as)), "value": ""},
                                    {"label": "candidates, to review here first", "value": "candidate"},
                                    {"label": "confirmed events", "value": "confirmed"}],
                           className="import-state", inputClassName="import-state-input"),
        ], className="import-state-field"))
        count = check.events
        parts.append(html.Button(f"Import {count} event{'' if count == 1 else 's'}",
                                 id={"type": ids.REVIEW_IMPORT, "index": index}, className="button primary",
                                 n_clicks=0, title="One transaction: all of the file or nothing"))
    elif not check.errors and check.events:
        parts.append(html.P("You are signed in as a viewer: an editor imports it.", className="hint"))
    return html.Article(parts, className="import-file", **{"aria-label": f"Events file {name}"})


def done_card(entry: dict, outcome: object, prefix: str, state: str | None, view: str = "") -> html.Article:
    """What the import of a file did, or why it stored nothing; `view`, the query of the timeline that shows what
    it brought in (`importing.imported_view`), is the link's."""
    name = entry["name"]
    if isinstance(outcome, InputError):
        errors = tuple(p for p in outcome.problems if p.severity == "error")
        return html.Article([html.H3(name, className="import-name"),
                             html.Div([html.P("Nothing was imported; the store is unchanged."),
                                       _problem_list(errors, "error", name)], className="message error")],
                            className="import-file", **{"aria-label": f"Events file {name}"})
    summary = outcome
    same = f", {summary.unchanged} unchanged" if summary.unchanged else ""
    kind = {"candidate": " as candidates", "confirmed": " as confirmed events"}.get(state or "", "")
    text = (f"Imported {summary.events} event{'' if summary.events == 1 else 's'} ({summary.new} new, {summary.updated} "
            f"updated{same}) with {summary.sources} source{'' if summary.sources == 1 else 's'} from {name}{kind}. ")
    shown, _ = EventFilter.from_query_string(view or "")  # as kept in the page: read again, never taken as it is
    query = shown.to_query_string()
    link = dcc.Link(f"Show them on the timeline ({shown.describe()})" if query else "Show the timeline",
                    href=f"{prefix or '/'}?{query}" if query else prefix or "/", className="link")
    candidates = " Candidates are listed under Candidates to review." if state == "candidate" else ""
    return html.Article([html.H3(name, className="import-name"), html.Div([text, link, candidates], className="message ok")],
                        className="import-file", **{"aria-label": f"Events file {name}"})


def render(live: LiveData, files: list[dict], role: str | None, prefix: str) -> object:
    """The panel of the dropped events files: a result for those imported, a check for the others."""
    if not files:
        return ""
    cards = []
    for index, entry in enumerate(files):
        if entry.get("done") is not None:
            done = entry["done"]
            cards.append(done_card(entry, _outcome(done), prefix, entry.get("state"),
                                   done.get("view") if isinstance(done.get("view"), str) else ""))
        else:
            cards.append(file_card(index, entry, check_entry(live, entry), role))
    lead = ("Files of events are imported here, each on its own (the others stay as they are), as `tracker import` "
            "does: all of a file or nothing.")
    return html.Div([html.H3("Files of events"), html.P(lead, className="hint"), *cards])


def _outcome(done: dict) -> object:
    """An import's result as kept in the page: a summary, or the errors that stored nothing."""
    if done.get("errors"):
        return InputError([Problem(**p) for p in done["errors"]])
    return ImportSummary(done["events"], done["new"], done["sources"], (), done.get("unchanged", 0))


def dropped(live: LiveData, contents, names, role: str | None, prefix: str) -> tuple:
    """(panel, files kept in the page) for a drop on the upload; nothing changes for a drop with no events file."""
    if not contents:
        return no_update, no_update
    files = events_files(contents, names)
    if not files:
        return "", []
    return render(live, files, role, prefix), files


def dropped_kept(live: LiveData, files: list | None, role: str | None, prefix: str) -> tuple:
    """(panel, files kept in the page) for the files the page kept of a drop (`drop.SPLIT`, by type): the kept files
    are no_update when the page holds them as they should be (all files of events, as named): they are not sent back."""
    files = files if isinstance(files, list) else []
    contents = [f.get("contents") if isinstance(f, dict) else None for f in files]
    names = [f.get("name") if isinstance(f, dict) else None for f in files]
    kept = [{"name": _safe_name(names[i]), "contents": contents[i]} for i in events_positions(contents, names)]
    return render(live, kept, role, prefix), no_update if kept == files else kept


def clicked(live: LiveData, index: object, files: list | None, states: dict | None, role: str | None,
            prefix: str) -> tuple:
    """(panel, files, data version) after the Import button of file `index`: that file imported as `states[index]`
    says (or refused, nothing stored), the others checked again against the store it left."""
    if not isinstance(index, int) or not isinstance(files, list) or not 0 <= index < len(files):
        return no_update, no_update, no_update
    entry = files[index]
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or entry.get("done") is not None \
            or not may_import(role):
        return no_update, no_update, no_update
    state = (states or {}).get(index) or ""  # the file's own choice, by its index
    state = state if state in STATE_CHOICES else ""
    outcome, _ = import_entry(live, entry, state)
    if isinstance(outcome, InputError):
        done = {"errors": [{"file": p.file, "row": p.row, "column": p.column, "reason": p.reason,
                            "severity": p.severity} for p in outcome.problems if p.severity == "error"]}
    else:
        done = {"events": outcome.events, "new": outcome.new, "sources": outcome.sources,
                "unchanged": outcome.unchanged,
                "view": (outcome.view or EventFilter()).to_query_string()}
    kept = [dict(e, contents="", done=done, state=state) if i == index else e for i, e in enumerate(files)]
    version = live.data.version if not isinstance(outcome, InputError) else no_update
    return render(live, kept, role, prefix), kept, version


__all__ = ["clicked", "decode_upload", "dropped", "dropped_kept", "events_files", "events_positions", "import_entry",
           "is_events_file", "render"]
