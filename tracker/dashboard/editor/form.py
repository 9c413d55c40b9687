"""The event form as plain data: a stored record (flat-format cells) <-> the form's inputs, and the checks
a form can make before the store does. No Dash here.

A form is a dict: the scalar fields by their flat column names (text), and four lists of rows,
`actors` ({name, role}), `sources` ({publisher, published, title, url}), `quotes` ({source, speaker,
text}; `source` is the 1-based number of the source quoted) and `links` ({link_type, event_id}).
`form_to_values` writes the cells `tracker.flat.rows_to_tables` reads, so the store checks an edit
by the same rules as an import; `record_to_form` reads them back.
"""
from __future__ import annotations

import re

from tracker.flat import _QUOTE_LINE, _split_quotes, parse_source_line
from tracker.from_article import source_line
from tracker.models import split_list
from tracker.resolve import slug

#: Scalar fields of the form, by flat column name, in the order the form shows them.
SCALARS = ("event_id", "title", "event_type", "status", "start_date", "end_date", "date_precision", "process",
           "round_number", "venue", "venue_country", "summary", "evidence", "tags", "review_state")
#: Row groups: flat column -> the parts of one row, in the order the form shows them.
ROWS = {"actors": ("name", "role"), "sources": ("publisher", "published", "title", "url"),
        "quotes": ("source", "speaker", "text"), "links": ("link_type", "event_id")}
#: Labels of the fields, for errors and the conflict table.
LABELS = {"event_id": "Id", "title": "Title", "event_type": "Type", "status": "Status", "start_date": "Start date",
          "end_date": "End date", "date_precision": "Date precision", "process": "Process", "round_number": "Round",
          "venue": "Venue", "venue_country": "Country", "summary": "Summary", "tags": "Tags",
          "review_state": "Review state", "actors": "Actors", "sources": "Sources", "quotes": "Quotes",
          "links": "Links", "evidence": "Evidence", "confidence": "Confidence"}
DEFAULTS = {"event_type": "meeting", "status": "held", "date_precision": "day", "review_state": "confirmed"}
_ACTOR = re.compile(r"^(?P<name>.+?)\s*\[(?P<role>[^\]]+)\]$")


def _clean(value: object) -> str:
    return "" if value is None else str(value).strip()


def _one_line(value: object) -> str:
    return " ".join(_clean(value).split())


def blank_form() -> dict:
    """The form of a new event: the defaults, one empty actor row and one empty source row."""
    form = {field: DEFAULTS.get(field, "") for field in SCALARS}
    form.update(actors=[blank_row("actors")], sources=[blank_row("sources")], quotes=[], links=[])
    return form


def blank_row(group: str) -> dict:
    """An empty row of a group."""
    return {part: "" for part in ROWS[group]}


def record_to_form(record: dict) -> dict:
    """The form's inputs for a stored record (flat cells, as `store.event_record` gives them)."""
    form = {field: _clean(record.get(field)) for field in SCALARS}
    actors = []
    for part in split_list(record.get("actors")):
        match = _ACTOR.match(part)
        actors.append({"name": match.group("name").strip(), "role": match.group("role").strip()} if match
                      else {"name": part, "role": ""})
    sources = []
    for line in _clean(record.get("sources")).splitlines():
        if not line.strip():
            continue
        publisher, published, title, url = _source_parts(line)
        sources.append({"publisher": publisher, "published": published, "title": title, "url": url})
    quotes = []
    for line in _split_quotes(_clean(record.get("quotes"))):
        match = _QUOTE_LINE.match(line)
        quotes.append({"source": match.group("n"), "speaker": match.group("speaker").strip(), "text": match.group("text")}
                      if match else {"source": "", "speaker": "", "text": line})
    links = []
    for part in split_list(record.get("links")):
        pieces = part.split(None, 1)
        links.append({"link_type": pieces[0], "event_id": pieces[1].strip() if len(pieces) > 1 else ""})
    form.update(actors=actors, sources=sources, quotes=quotes, links=links)
    return form


def _source_parts(line: str) -> tuple[str, str, str, str]:
    """A source line's four parts; also the export's "TASS |  |  | " (no title, no address), which
    `parse_source_line` refuses: split at every `|`, the title keeping any in the middle."""
    try:
        return parse_source_line(line)
    except ValueError:
        parts = [part.strip() for part in line.split("|")]
        if len(parts) < 4:
            return line.strip(), "", "", ""
        return parts[0], parts[1], " | ".join(parts[2:-1]), parts[-1]


def _filled(row: dict) -> bool:
    return any(_clean(value) for value in row.values())


def form_to_values(form: dict) -> dict[str, str]:
    """The flat-format cells of a form (what `store.edit_event` and `store.create_event` take).

    Empty rows are left out; text that would break a cell's syntax (a line break in a title) is
    joined onto one line, and `form_problems` refuses what cannot be written (a `;` in an actor's name).
    """
    values = {field: _clean(form.get(field)) for field in SCALARS}
    values["title"] = _one_line(values["title"])
    values["tags"] = "; ".join(split_list(values["tags"]))
    values["actors"] = "; ".join(f"{_one_line(r.get('name'))} [{_clean(r.get('role'))}]"
                                 for r in form.get("actors", []) if _filled(r))
    values["sources"] = "\n".join(source_line([_one_line(r.get(part)) for part in ROWS["sources"]])
                                  for r in form.get("sources", []) if _filled(r))
    values["quotes"] = "\n".join(f'[{_clean(r.get("source"))}] {_one_line(r.get("speaker"))}: "{_one_line(r.get("text"))}"'
                                 for r in form.get("quotes", []) if _filled(r))
    values["links"] = "; ".join(f"{_clean(r.get('link_type'))} {_clean(r.get('event_id'))}"
                                for r in form.get("links", []) if _filled(r))
    return values


def form_problems(form: dict) -> dict[str, str]:
    """What is wrong with a form that the flat cells could not say right, by flat column name.

    The store checks the rest (vocabularies, dates, known events) and names the field it refuses.
    """
    problems: dict[str, list[str]] = {}

    def bad(field: str, reason: str) -> None:
        problems.setdefault(field, []).append(reason)

    if not _clean(form.get("title")):
        bad("title", "Give the event a title.")
    if not _clean(form.get("start_date")):
        bad("start_date", "Give a start date (YYYY-MM-DD).")
    for n, row in enumerate(form.get("actors", []), start=1):
        if not _filled(row):
            continue
        name, role = _clean(row.get("name")), _clean(row.get("role"))
        if not name:
            bad("actors", f"Actor {n} has a role but no name.")
        elif any(c in name for c in ";[]"):
            bad("actors", f"Actor {n}: a name cannot hold ';', '[' or ']'.")
        if name and not role:
            bad("actors", f"Actor {n} ({name}) needs a role.")
    sources = [row for row in form.get("sources", []) if _filled(row)]
    if not sources:
        bad("sources", "Every event needs at least one source with a publisher.")
    for n, row in enumerate(sources, start=1):
        if not _clean(row.get("publisher")):
            bad("sources", f"Source {n} needs a publisher.")
        if any("|" in _clean(row.get(part)) for part in ("publisher", "published", "url")):
            bad("sources", f"Source {n}: a publisher, date or address cannot hold '|'.")
    for n, row in enumerate(form.get("quotes", []), start=1):
        if not _filled(row):
            continue
        number = _clean(row.get("source"))
        if not number.isdigit() or not 1 <= int(number) <= len(sources):
            bad("quotes", f"Quote {n}: give the number of the source it comes from (1 to {len(sources)}).")
        if not _clean(row.get("text")):
            bad("quotes", f"Quote {n} has no text.")
        if '"' in _clean(row.get("speaker")) or ":" in _clean(row.get("speaker")):
            bad("quotes", f"Quote {n}: a speaker's name cannot hold '\"' or ':'.")
    for n, row in enumerate(form.get("links", []), start=1):
        if _filled(row) and not (_clean(row.get("link_type")) and _clean(row.get("event_id"))):
            bad("links", f"Link {n} needs both a link type and an event.")
    return {field: " ".join(reasons) for field, reasons in problems.items()}


def new_event_id(values: dict[str, str], taken) -> str:
    """An id for a new event: `<start date>-<title slug>`, with `-2`, `-3`... if taken (`taken` supports `in`)."""
    base = "-".join(p for p in (_clean(values.get("start_date")), slug(values.get("title") or "")[:60].strip("-")) if p)
    base = re.sub(r"[^A-Za-z0-9._:-]+", "-", base).strip("-") or "event"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def changed_fields(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """Flat columns whose cells differ between two records, in the form's order (then any others)."""
    order = [*SCALARS, *ROWS]
    keys = [k for k in order if k in before or k in after] + sorted((set(before) | set(after)) - set(order) - {"version"})
    return [k for k in keys if _clean(before.get(k)) != _clean(after.get(k))]


def conflict_rows(base: dict[str, str], current: dict[str, str], mine: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(label, value when you opened it, their value now, your value) for each field the other person changed."""
    base, current = normal(base), normal(current)
    return [(LABELS.get(field, field), _clean(base.get(field)), _clean(current.get(field)), _clean(mine.get(field)))
            for field in changed_fields(base, current) if field in mine and field != "event_id"]


def normal(values: dict[str, str]) -> dict[str, str]:
    """Cells as the form writes them (so a stored cell and the same cell from the form compare equal)."""
    return form_to_values(record_to_form(values))


def edited_fields(base: dict[str, str], values: dict[str, str]) -> dict[str, str]:
    """The cells of `values` (the form's) that differ from `base` (the record the form was opened on).

    The sources cell is sent too when the stored one would not read back: the export writes a source
    with no title and no address as "TASS |  |  | ", which `parse_source_line` refuses, and the store
    checks an edit by re-reading every stored cell, so that event could not be edited at all.
    """
    before = normal(base)
    edits = {field: values[field] for field in changed_fields(before, values) if field in values and field != "event_id"}
    if edits and "sources" in values and not _reads_back(base.get("sources") or ""):
        edits["sources"] = values["sources"]
    return edits


def _reads_back(cell: str) -> bool:
    """Whether every line of a sources cell parses."""
    try:
        for line in cell.splitlines():
            if line.strip():
                parse_source_line(line)
    except ValueError:
        return False
    return True


def merge(base: dict[str, str], theirs: dict[str, str], mine: dict[str, str]) -> tuple[dict[str, str], list[str], list[str]]:
    """Three-way merge of cells: what they changed and I did not is taken; what we both changed stays mine.

    Returns the merged cells and the fields taken from theirs and kept as mine (both by flat column).
    """
    base, theirs = normal(base), normal(theirs)
    merged, taken, kept = dict(mine), [], []
    for field in changed_fields(base, theirs):
        if field not in mine or field == "event_id":
            continue
        if _clean(mine[field]) == _clean(base.get(field)):
            merged[field] = theirs.get(field, "")
            taken.append(field)
        elif _clean(mine[field]) != _clean(theirs.get(field)):
            kept.append(field)
    return merged, taken, kept
