"""The one way a filter selects events, for the page, its downloads, the briefing and the command line.

`resolve_filter` spells each asked-for name as the store spells it (aliases, case, accents,
any name of a renamed venue) and says which asked-for values match nothing. An unknown value
is kept in the filter, where it matches no event: `actor=Nowhere` selects nothing (and says so)
instead of being dropped, which would select everything. Values of one field still OR together,
so `actor=Kazakhstan&actor=Nowhere` selects Kazakhstan's events, with a note about Nowhere.
`select` applies the resolved filter (`filters.filter_mask`) and keeps the notes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pandas as pd

from tracker.filters import EventFilter, FilterIndex, filter_mask, tag_cells
from tracker.models import EVENT_TYPES, STATUSES, Tables
from tracker.resolve import ActorIndex, ProcessIndex, fold


@dataclass(frozen=True)
class Resolved:
    """A filter with names spelled as the store spells them, and a note for each value that matches nothing."""

    filter: EventFilter
    notices: tuple[str, ...] = ()
    unknown: tuple[tuple[str, tuple], ...] = ()  # (field, values that match nothing), e.g. ("actors", ("Nowhere",))

    def known(self) -> EventFilter:
        """The filter less the values that match nothing (what a filter widget can show)."""
        gone = dict(self.unknown)
        return replace(self.filter, **{name: tuple(v for v in getattr(self.filter, name) if v not in values)
                                       for name, values in gone.items()})


@dataclass(frozen=True)
class Selection:
    """The events a filter selects (chronological), the resolved filter and its notes."""

    events: pd.DataFrame
    filter: EventFilter
    notices: tuple[str, ...] = ()


def _note(label: str, unknown: list[str], asked: tuple) -> str | None:
    """"no actor named 'Nowhere'; nothing selected" (the last part when no asked value is known)."""
    if not unknown:
        return None
    names = ", ".join(repr(str(u)) for u in unknown)
    return f"no {label} named {names}" + ("; nothing selected" if len(unknown) == len(asked) else "")


def _values(column: pd.Series) -> list:
    """The distinct values of a column (its categories when categorical: no pass over a million rows)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return list(column.cat.categories)
    return list(column.dropna().unique())


def resolve_filter(tables: Tables, f: EventFilter, indexes: tuple[ActorIndex, ProcessIndex] | None = None) -> Resolved:
    """`f` with canonical actor, process and venue names; unknown names and rounds kept (they match nothing), each noted.

    `tables` needs its actors, processes and venues and the events' process, venue and
    round_number columns (the dashboard's lean copy will do); `indexes` are name look-ups built before.
    """
    events = tables.events
    # the look-ups are built only for the fields the filter names: most filters name none of them
    actors, processes = indexes or (ActorIndex(tables.actors) if f.actors else None,
                                    ProcessIndex(tables.processes) if f.processes else None)
    actor_names = dict(zip(tables.actors["actor_id"], tables.actors["name"])) if f.actors else {}
    process_names = {fold(p): str(p) for p in _values(events["process"])} if f.processes else {}
    venue_names = {}
    if f.venues:
        venue_names = {fold(v): str(v) for v in _values(events["venue"])}
        venue_names.update({fold(v): str(v) for v in tables.venues["name"]})
    notices: list[str] = []
    missing: list[tuple[str, tuple]] = []
    resolved: dict[str, tuple] = {}
    for field, label, lookup in (
            ("actors", "actor", lambda a: actor_names.get(actors.resolve(a)) if actors.resolve(a) else None),
            ("processes", "process", lambda p: processes.resolve(p) or process_names.get(fold(p))),
            ("venues", "venue", lambda v: venue_names.get(fold(v)))):
        asked = getattr(f, field)
        names: list[str] = []
        unknown: list[str] = []  # as asked (and as kept in the filter)
        for name in asked:
            found = lookup(name)
            if found is None:
                unknown.append(name)
            found = str(found) if found is not None else name
            if found not in names:
                names.append(found)
        resolved[field] = tuple(names)
        if (note := _note(label, unknown, asked)) is not None:
            notices.append(note)
            missing.append((field, tuple(unknown)))
    if f.rounds:
        held = {int(r) for r in _values(events["round_number"])}
        if absent := [r for r in f.rounds if r not in held]:
            notices.append(f"no event has round {', '.join(map(str, absent))}"
                           + ("; nothing selected" if len(absent) == len(f.rounds) else ""))
            missing.append(("rounds", tuple(absent)))
    if f.tags and "tags" in events:
        held_tags: dict[str, str] = {}  # folded -> as stored: tags match in any case, and show as the data spells them
        for tags in tag_cells(events["tags"])[1]:
            for t in tags:
                held_tags.setdefault(fold(t), str(t))
        if absent := [t for t in f.tags if fold(t) not in held_tags]:
            notices.append(f"no event tagged {', '.join(repr(str(t)) for t in absent)}"
                           + ("; nothing selected" if len(absent) == len(f.tags) else ""))
            missing.append(("tags", tuple(absent)))
        # "?tag=idlib" is the tag Idlib: the page's tag list has it only as stored, and dropped "idlib" with the filter
        resolved["tags"] = tuple(dict.fromkeys(held_tags.get(fold(t), t) for t in f.tags))
    for field, label, known in (("types", "event type", EVENT_TYPES), ("statuses", "status", STATUSES)):
        asked = getattr(f, field)  # a URL may ask for one that does not exist (EventFilter.build(lenient=True))
        if (note := _note(label, unknown := [v for v in asked if v not in known], asked)) is not None:
            notices.append(note)
            missing.append((field, tuple(unknown)))
    return Resolved(replace(f, **resolved), tuple(notices), tuple(missing))


def select(tables: Tables, f: EventFilter, text_ids: set[str] | None = None,
           index: FilterIndex | None = None) -> Selection:
    """The events `f` selects from `tables`, chronological, with the notes of `resolve_filter`.

    `text_ids` lets a store answer the text part from its full-text index.
    """
    return select_resolved(tables, resolve_filter(tables, f), text_ids, index)


def select_resolved(tables: Tables, resolved: Resolved, text_ids: set[str] | None = None,
                    index: FilterIndex | None = None) -> Selection:
    """The events of `tables` that `resolved` selects (as `select`), for a filter resolved against the whole store.

    A store that reads only the events a filter can select (`Store.narrow`) resolves the
    filter on its small tables first: `tables` may then hold a part of the events.
    """
    chosen = tables.events.loc[filter_mask(tables, resolved.filter, text_ids, index)]
    chosen = chosen.sort_values(["start_date", "end_date", "event_id"], kind="stable",
                                na_position="last").reset_index(drop=True)
    return Selection(chosen, resolved.filter, resolved.notices)


def within_window(f: EventFilter, first: dt.date | None, last: dt.date | None) -> EventFilter:
    """`f` narrowed to the days `first`..`last` as well (the visible time window of the timeline).

    An event is kept when it overlaps the filter's dates and the window: with the later start and
    the earlier end as the dates, `filter_mask` asks exactly that (even when the two do not meet).
    """
    if first is None or last is None:
        return f
    return replace(f, date_from=max(d for d in (f.date_from, first) if d is not None),
                   date_to=min(d for d in (f.date_to, last) if d is not None))
