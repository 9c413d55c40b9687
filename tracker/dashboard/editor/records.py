"""Stored records (`store.event_record`, a Change's before and after) as the flat cells the form and the
history list show: the same text an export writes, so a field reads the same everywhere."""
from __future__ import annotations

import pandas as pd

from tracker.dashboard.editor.form import LABELS, changed_fields
from tracker.flat import tables_to_rows
from tracker.store.history import records_to_tables

#: Cells the history and the conflict table leave out: the tracker writes them on every save.
HIDDEN = ("created_at", "updated_at", "version")


def record_values(record: dict | None, actors: pd.DataFrame) -> dict[str, str]:
    """The flat cells of a stored record, actors named from `actors` (empty for None: no event)."""
    if record is None:
        return {}
    row = tables_to_rows(records_to_tables([record]).replace(actors=actors)).iloc[0].to_dict()
    return {key: "" if value is None else str(value) for key, value in row.items()}


def change_rows(before: dict[str, str], after: dict[str, str]) -> list[tuple[str, str, str]]:
    """(label, before, after) of each field a change changed, stamps left out."""
    return [(LABELS.get(field, field), before.get(field, ""), after.get(field, ""))
            for field in changed_fields(before, after) if field not in HIDDEN]
