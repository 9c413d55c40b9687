"""Event ids are compared without case: `ASTANA-20` is `astana-20`, so a second event is never stored beside a
stored one under an id that differs only in case (a desk typing ids by hand got two events, QA11). Every check
of a new id asks here: the flat check within a file, the import against the store and across its files, and the
page's Add event form."""
from __future__ import annotations

from typing import Iterable


def case_twins(ids: Iterable[str]) -> dict[str, str]:
    """Each id by its case-folded form (the first one seen of each)."""
    folded: dict[str, str] = {}
    for event_id in ids:
        if isinstance(event_id, str):
            folded.setdefault(event_id.casefold(), event_id)
    return folded


def case_twin(event_id: str, folded: dict[str, str]) -> str | None:
    """The id in `folded` (`case_twins`) that differs from `event_id` only in case, or None (none, or the same)."""
    other = folded.get(event_id.casefold())
    return other if other is not None and other != event_id else None


def case_clash(event_id: str, other: str, where: str) -> str:
    """The reason a new id is refused: `where` ("stored event", "row 4") holds `other`, which differs only in case."""
    return (f"{event_id!r} differs from {where} {other!r} only in case, and ids are compared without case: write "
            f"{other!r} to mean that event, or choose another id")


__all__ = ["case_clash", "case_twin", "case_twins"]
