"""Who may fire which Dash callback: the registry of the components whose callbacks write.

Checked on every `/_dash-update-component` request against the logged-in user's role (see
`tracker.auth.web`), so a viewer cannot write by forging a request the page would never send.
A callback acts on what fired it (`changedPropIds`, Dash's `ctx.triggered`), so the check looks
at those: a viewer may still pick a candidate on the review page, but not accept it.

To protect a new writing control, add ONE line to WRITES: its id (or "id.property" when only one
property writes), or the `type` of a pattern-matching id, and the weakest role that may use it.
"""
from __future__ import annotations

import json

from tracker.dashboard import ids
from tracker.store.users import ROLES

#: component id (or "id.property", or a pattern-matching id's type) -> the weakest role allowed to fire it.
WRITES: dict[str, str] = {
    ids.REVIEW_SAVE: "editor",
    ids.REVIEW_ACCEPT: "editor",
    ids.REVIEW_REJECT: "editor",
    ids.REVIEW_MERGE: "editor",
    ids.REVIEW_INGEST: "editor",
    ids.REVIEW_UPLOAD: "editor",
    ids.REVIEW_UPLOAD_ARTICLES: "editor",  # a drop's articles, which the upload's callback extracts (review/drop.py)
    ids.REVIEW_IMPORT_DROPPED: "editor",  # a drop's files of events, checked against the store
    ids.REVIEW_IMPORT: "editor",  # an events file's Import button (pattern-matching: its type)
    ids.REVIEW_IMPORT_PRESSED: "editor",  # and its press, which the import's callback reads
    ids.REVIEW_SOURCE_ACCEPT: "editor",
    ids.REVIEW_SOURCE_REJECT: "editor",
    ids.VIEW_SAVE: "editor",
    f"{ids.VIEW_NAME}.n_submit": "editor",  # Enter in the name box saves the view
    ids.VIEW_DELETE: "editor",
    ids.EDITOR_SAVE: "editor",  # the event form: add or edit
    ids.EDITOR_DELETE: "editor",
    ids.EDITOR_UNDO: "editor",
    ids.REVIEW_ADD_FROM: "editor",  # "Add an event from this article": reads the selection with extraction (CPU)
}


def changed_ids(body: object) -> list[tuple[str, str]]:
    """(id, property) of each change a callback request says fired it; a pattern-matching id gives its type."""
    changed = body.get("changedPropIds") if isinstance(body, dict) else None
    out = []
    for prop_id in changed if isinstance(changed, list) else []:
        component, _, prop = str(prop_id).rpartition(".")
        if component.startswith("{"):
            try:
                parsed = json.loads(component)
            except ValueError:
                parsed = {}
            component = str(parsed.get("type", "")) if isinstance(parsed, dict) else ""
        out.append((component, prop))
    return out


def required_role(body: object) -> str:
    """The weakest role that may send this callback request ("viewer" for a read)."""
    needed = "viewer"
    for component, prop in changed_ids(body):
        for key in (f"{component}.{prop}", component):
            role = WRITES.get(key)
            if role is not None and ROLES.index(role) > ROLES.index(needed):
                needed = role
    return needed


def allowed(role: str, needed: str) -> bool:
    """True when `role` is `needed` or stronger."""
    return ROLES.index(role) >= ROLES.index(needed)


__all__ = ["WRITES", "allowed", "changed_ids", "required_role"]
