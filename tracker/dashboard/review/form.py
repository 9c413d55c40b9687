"""The review form: drawn from the candidate's stored record, and drawn again when a newer version of the data
reaches the page (a colleague's write seen by the poll, or one's own Save).

A redraw never wipes typing: the typed fields stay, the untouched ones follow the stored candidate, and the
form's note says who changed what since the form showed it (`base`). Values both people typed alike are no clash,
and actor or link lines both added are merged (`line_merge`); a field both changed differently keeps the form's
version, so that Save is refused with both changes shown rather than writing over the colleague's.
"""
from __future__ import annotations

from dash import no_update

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.review import sources, views
from tracker.dashboard.review.base import listed, changed_by_me, differing, form_base, unsaved
from tracker.dashboard.review.line_merge import merged_lines
from tracker.extract import review as actions

#: Outputs of the form's callback: its fields, whether it hides, evidence, actors, links, base and note.
OUTPUTS = len(ids.REVIEW_FIELDS) + 6
BOXES = ("actors", "links")


def render_form(data: DashboardData, selected: str | None) -> list:
    """The form's field values, whether it hides, the evidence of the selected candidate (its article with the
    evidence marked), its actors and links as the form edits them, and the form's base (`review.base`); made from
    the candidate's stored record (a few SQL reads; its five frames cost 7 ms of a form's 12 at 100k events)."""
    record = _record(data, selected)
    if record is None:
        return [*views.field_values(None), True, [], "", "", None, ""]
    names = _actor_names(data, record)
    values = views.record_field_values(record["event"])
    actors = actions.pairs_text(((actor, str(role)) for actor, role in record["actors"]), names)
    links = actions.pairs_text((str(link_type), to) for to, link_type in record["links"])
    version = record["version"] if hasattr(data.store, "event_versions") else None
    return [*values, False, _panel(data, record, names), actors, links,
            form_base(selected, version, values, actors, links), _left_the_queue(data, selected, record)]


def render_panel(data: DashboardData, selected: str | None) -> list:
    """The "Selected for review" panel alone (title, dates, actors, sources, the article with its evidence marked),
    drawn after one's own Save: the form's redraw leaves the panel as it was when nothing else changed, so that a
    colleague's write elsewhere does not redraw the article box under a selection, and the panel kept the title and
    actors of before the Save."""
    record = _record(data, selected)
    return [] if record is None else _panel(data, record, _actor_names(data, record))


def _record(data: DashboardData, selected: str | None) -> dict | None:
    """The selected candidate's stored record, or None (nothing selected, a suggested source, or gone)."""
    return None if not selected or sources.suggestion_id(selected) is not None else data.stored_record(selected)


def _actor_names(data: DashboardData, record: dict) -> dict:
    actor_ids = [actor for actor, _ in record["actors"]]
    known = data.tables.actors[data.tables.actors["actor_id"].isin(actor_ids)] if actor_ids else data.tables.actors.iloc[0:0]
    return dict(zip(known["actor_id"], known["name"]))


def _panel(data: DashboardData, record: dict, names: dict) -> list:
    source_ids = [source[0] for source in record["sources"]]
    texts = sources.article_texts(data, source_ids)
    source_id = next((s for s in source_ids if s in texts), None)
    article = sources.marked_article(texts.get(source_id), views.text(record["event"].get("evidence")),
                                     box_id="review-article-candidate", source_id=source_id)
    return [*views.evidence(record, names), *article]


def _left_the_queue(data: DashboardData, selected: str, record: dict) -> str:
    """The form's note when the shown candidate is no longer one (a colleague accepted, rejected or merged it while
    it was open: nothing said so until a Save was refused; QA13 MEDIUM-2), else ''."""
    state = str(record["event"].get("review_state"))
    if state == "candidate":
        return ""
    change = next(iter(data.changes_of(selected)[-1:]), None)
    who = f"{change.user} at {change.changed_at:%H:%M:%S} UTC ({change.action})" if change else "Another analyst"
    return (f"{who}: this is no longer a candidate, it is {state} now, so Save, Accept and Reject cannot write it. "
            f"Anything you typed stays here: copy it, then open the event on the timeline (?event={selected}) and use "
            "Edit there.")


def redraw_form(data: DashboardData, selected: str | None, fields: list, actors: str | None, links: str | None,
                base: dict | None) -> list:
    """The form for a newer version of the data. With unsaved typing: `render_form_keeping_typing`. Without: the
    stored candidate, and a note of who changed what since the form showed it (a colleague's change came in
    silently, and the person whose text was just replaced was not told; QA13 LOW-3); when this candidate did not
    change, nothing is drawn again, so the note stays (it was wiped by any write to another candidate)."""
    if not base or not selected or base.get("event_id") != selected:
        return render_form(data, selected)
    if unsaved(selected, fields, actors, links, base):
        return render_form_keeping_typing(data, selected, fields, actors, links, base)
    fresh = render_form(data, selected)
    new_base = fresh[-2]
    if not new_base:
        return fresh
    if new_base.get("version") == base.get("version"):  # after one's own Save: the stored values as stored
        return fresh if differing(base, new_base) else [no_update] * OUTPUTS
    told = differing(base, new_base) | _changed_since(data, selected, base)
    if fresh[-1] or not told:
        return fresh
    return [*fresh[:-1], f"{_by_writer(data, selected, base, told)}: the form shows {_it(told)} now."]


def render_form_keeping_typing(data: DashboardData, selected: str | None, fields: list, actors: str | None,
                               links: str | None, base: dict) -> list:
    """`render_form` for a newer version of the candidate while the form holds unsaved typing: the typed fields stay,
    the untouched ones take the stored values (they kept a colleague's old ones unsaid until Save; QA12 LOW-3), and a
    note says who changed what. A value both typed alike is no clash (QA13 LOW-8), and actor or link lines both
    changed are merged when they are about different actors or events (QA13 MEDIUM-3). The base moves on to the
    new version unless the colleague changed a field this person typed in otherwise: then its version stays, so
    that Save is refused with both changes shown rather than writing over theirs (its other fields take the values
    now shown, which are not this person's changes)."""
    keep = [no_update] * (OUTPUTS - 1)
    fresh = render_form(data, selected)
    new_base = fresh[-2]
    if not new_base or new_base.get("version") == base.get("version"):
        return [*keep, no_update]
    if fresh[-1]:  # it left the queue: the typing stays, the note says where it can go
        return [*keep, fresh[-1]]
    typed = {"fields": dict(zip(ids.REVIEW_FIELDS, fields)), "actors": actors, "links": links}
    mine, theirs = changed_by_me(typed["fields"], actors, links, base), differing(base, new_base)
    alike = {name for name in theirs & mine if not differing(_only(typed, name), _only(new_base, name))}
    merged = {name: text for name in (theirs & mine) - alike if name in BOXES
              for text in [merged_lines(name, base.get(name), typed[name], new_base.get(name))] if text is not None}
    both, followed = (theirs & mine) - alike - set(merged), theirs - mine | alike | set(merged)
    out = [fresh[i] if name in theirs - mine else no_update for i, name in enumerate(ids.REVIEW_FIELDS)]
    out += [no_update, fresh[11] if theirs else no_update]
    out += [merged.get(name, fresh[12 + k] if name in theirs - mine else no_update) for k, name in enumerate(BOXES)]
    if both:  # the version stays, so that Save is refused and names these; the fields followed are theirs now
        out.append({**base, "fields": {**base["fields"], **{n: v for n, v in new_base["fields"].items() if n in followed}},
                    **{n: new_base[n] for n in BOXES if n in followed}})
    else:
        out.append(new_base)
    # the fields changed since the form's version, those it followed at an earlier redraw too (QA13 LOW-2)
    told = (followed | _changed_since(data, selected, base)) - both
    note = f"{_by_writer(data, selected, base, told)}: the form shows {_it(told)} now" if told else ""
    if merged:
        note += f" ({listed(_labels(merged))}: their lines and yours are both in the box)"
    if both:
        clash = (f"{_by_writer(data, selected, base, both)}, which you are editing: your typing is kept, and Save "
                 "will show both before writing.")
        return [*out, f"{note}; and {clash}" if note else clash]
    return [*out, f"{note}." if note else no_update]


def _only(form: dict, name: str) -> dict:
    """One field of a form or base, for `differing`."""
    if name in BOXES:
        return {"fields": {}, name: form.get(name)}
    return {"fields": {name: (form.get("fields") or {}).get(name)}}


def _changed_since(data: DashboardData, selected: str, base: dict) -> set[str]:
    """The form's fields changed in the candidate's history since the form's version."""
    if base.get("version") is None:
        return set()
    return {name for change in data.changes_of(selected) if change.version > base["version"]
            for name in change.fields() if name in views.FIELD_LABELS}


def _it(names: set[str]) -> str:
    return "it" if len(names) == 1 else "them"


def _labels(names) -> list[str]:
    return [views.FIELD_LABELS[name] for name in views.FIELD_LABELS if name in names]


def _by_writer(data: DashboardData, selected: str, base: dict, names: set[str]) -> str:
    """'bob at 10:02:11 UTC changed Venue; carol at 10:02:40 UTC changed Title': who last changed each of `names` since
    the form's version (the note named the last writer for every field; QA13 LOW-1)."""
    if not names:
        return ""
    writer: dict[str, str] = {}
    for change in data.changes_of(selected):
        if base.get("version") is None or change.version > base["version"]:
            who = f"{change.user} at {change.changed_at:%H:%M:%S} UTC"
            writer.update({name: who for name in change.fields() if name in names})
    groups: dict[str, list[str]] = {}
    for name in views.FIELD_LABELS:
        if name in names:
            groups.setdefault(writer.get(name, "Another analyst"), []).append(views.FIELD_LABELS[name])
    return "; ".join(f"{who} changed {', '.join(labels)}" for who, labels in groups.items())


