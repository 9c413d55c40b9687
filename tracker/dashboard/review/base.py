"""The review form's candidate as it was shown (its base), and the check of a Save or Accept against it.

Two analysts with the same candidate open: the second Save wrote the whole form, its stale values
too, over the first's change ("Saved", and a venue gone). The form now remembers the version and
values it showed. A Save writes only the fields this person changed since; when the candidate was
changed meanwhile, it is refused once with the other person's change shown, the form keeps what
was typed, and a second Save writes those fields over the newer version. A page poll that brings a
newer version leaves a form with unsaved changes as it is.
"""
from __future__ import annotations

from tracker.dashboard import ids
from tracker.dashboard.data import DashboardData
from tracker.dashboard.review.views import FIELD_LABELS
from tracker.extract.review import form_lines as _lines
from tracker.store.history import EditConflict

#: Changed fields of the other person's change listed in the refusal, at most.
SHOWN_FIELDS = 6


class StaleForm(Exception):
    """A Save from a form opened at an older version; `base` is the form's base moved on to the stored version."""

    def __init__(self, message: str, base: dict):
        super().__init__(message)
        self.base = base


def form_base(selected: str, version: int | None, values: list, actors: str, links: str) -> dict:
    """What the form shows of a candidate, kept in the page (`ids.REVIEW_BASE`)."""
    return {"event_id": selected, "version": version, "fields": dict(zip(ids.REVIEW_FIELDS, values)),
            "actors": actors, "links": links}


def _value(value: object) -> str:
    return "" if value is None else str(value).strip()


def differing(base: dict, other: dict) -> set[str]:
    """Names of the fields ('actors', 'links' for those boxes) whose values differ between two forms of a candidate,
    each a base as `form_base` makes it (or a form's values in that shape)."""
    before, after = base.get("fields") or {}, other.get("fields") or {}
    names = {name for name in ids.REVIEW_FIELDS if _value(before.get(name)) != _value(after.get(name))}
    return names | {name for name in ("actors", "links") if _lines(base.get(name)) != _lines(other.get(name))}


def changed_by_me(form: dict, actors: str | None, links: str | None, base: dict | None) -> set[str]:
    """Names of the fields ('actors', 'links' for those boxes) the form changed since it showed `base`."""
    return differing(base, {"fields": form, "actors": actors, "links": links}) if base else set()


def unsaved(selected: str | None, fields: list, actors: str | None, links: str | None, base: dict | None) -> bool:
    """Whether the form holds changes to the candidate `base` describes that were not saved."""
    if not base or not selected or base.get("event_id") != selected:
        return False
    return bool(changed_by_me(dict(zip(ids.REVIEW_FIELDS, fields)), actors, links, base))


def own_changes(data: DashboardData, selected: str, form: dict, actors: str | None, links: str | None,
                base: dict | None, expected: dict | None = None, stored_version: int | None = None,
                ) -> tuple[dict, str | None, str | None]:
    """The form's fields, actors and links that this person changed since the form showed `base` (all of them
    without a base); StaleForm when the stored candidate is no longer the version the form showed. The version
    planned from goes in `expected` (the save checks it again inside its transaction: see `conflict_refusal`);
    `stored_version`: the version the caller has just read with the stored record (else it is read here)."""
    now = data.version_of(selected) if stored_version is None else stored_version
    if expected is not None and now is not None:
        expected[selected] = now
    if not base or base.get("event_id") != selected:
        return form, actors, links
    mine = changed_by_me(form, actors, links, base)
    if base.get("version") is not None and now is not None and now != base["version"]:
        raise StaleForm(_changed_meanwhile(data, selected, int(base["version"]), mine), {**base, "version": now})
    return ({name: value for name, value in form.items() if name in mine}, actors if "actors" in mine else None,
            links if "links" in mine else None)


def conflict_refusal(data: DashboardData, selected: str, base: dict | None, conflict: EditConflict,
                     mine: set[str] = frozenset()) -> StaleForm:
    """The refusal of a Save whose version check failed inside its transaction (another worker wrote between the
    plan and the save): the stale form's refusal, its base moved on to the version stored now. `mine`: the fields
    this person changed (`changed_by_me`), named when the other change touched them too."""
    now = (conflict.current or {}).get("version")
    moved = {**base, "version": now} if base and base.get("event_id") == selected and now is not None else base
    return StaleForm(_changed_meanwhile(data, selected, int(conflict.expected or 0), mine), moved)


def no_longer_a_candidate(event_id: str, state: str | None) -> str:
    """Why a Save or Accept of an event that left the queue is refused, and where the typed values can go."""
    now = f"it is {state} now" if state else "it was deleted"
    return (f"Not saved: {event_id} is no longer a candidate ({now}), so the review form cannot write it. Your "
            f"changes are still in the form: copy what you typed, then open the event on the timeline (/?event="
            f"{event_id}) and use Edit there.")


def _changed_meanwhile(data: DashboardData, selected: str, version: int, mine: set[str] = frozenset()) -> str:
    """The refusal: who changed the candidate since `version`, and what; when it left the queue meanwhile (a
    colleague accepted, rejected, merged or deleted it), that, since a second press cannot write it. The fields both
    people changed are named first: a second press writes this person's value over the other's there, and in a
    long refusal that went unnoticed (QA12 LOW-2)."""
    later = [change for change in data.changes_of(selected) if change.version > version]
    record = data.stored_record(selected)
    state = None if record is None else str(record["event"].get("review_state"))
    if state != "candidate" and later:
        last = later[-1]
        return no_longer_a_candidate(selected, state) + f" ({last.user} at {last.changed_at:%H:%M:%S} UTC, {last.action}.)"
    told = []
    for change in later[-3:]:
        names = _actor_names(data) if {"actors", "links"} & set(change.fields()) else {}
        fields = [f"{FIELD_LABELS.get(name, name.replace('_', ' '))}: {_short(old, names)} → {_short(new, names)}"
                  for name, (old, new) in change.fields().items() if name not in ("updated_at", "confidence")][:SHOWN_FIELDS]
        told.append(f"{change.user} at {change.changed_at:%H:%M:%S} UTC ({change.action}): "
                    + ("; ".join(fields) or "no field you can see"))
    who = " · ".join(told) or "another analyst"
    theirs = {name for change in later for name in change.fields()}
    both = [FIELD_LABELS.get(name, name) for name in FIELD_LABELS if name in mine and name in theirs]
    clash = (f" You both changed {listed(both)}: Save again writes your {'value' if len(both) == 1 else 'values'} "
             f"over theirs there." if both else "")
    return (f"Not saved: this candidate was changed since you opened it: {who}.{clash} Your changes are still in the "
            "form; press Save again to write the fields you changed over the newer version (the others stay as they "
            "are now), or pick the candidate again to see it as it is.")


def listed(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _actor_names(data: DashboardData) -> dict[str, str]:
    actors = data.tables.actors
    return dict(zip(actors["actor_id"].astype(str), actors["name"].astype(str)))


def _short(value: object, names: dict[str, str] | None = None) -> str:
    """A changed value as the form writes it: actors and links as their lines ("Türkiye: observer"; whole, since a
    line cut off hid the colleague's added actor, QA13 MEDIUM-3), other text cut after 60 characters."""
    if isinstance(value, list):  # the actors' [id, role] or the links' [to, type] pairs
        lines = [f"{(names or {}).get(str(a), a)}: {b}" for a, b, *_ in value if a is not None]
        return f"‘{'; '.join(lines)}’" if lines else "(none)"
    text = "" if value is None else str(value)
    return f"‘{text[:60]}{'…' if len(text) > 60 else ''}’" if text else "(empty)"
