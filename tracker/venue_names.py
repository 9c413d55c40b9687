"""Whether an event's venue is the name its place had on the event's date.

The venues table keeps each name a place had with the dates it held it (Astana until 19 March 2019, Nur-Sultan
until 16 September 2022, Astana again). An event is stored with its venue as named at the time; a name its place
did not have on that date is kept as written (the source may say so) but gets a warning naming the right one.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from tracker.problems import Problem
from tracker.resolve import fold


def _day(value: object) -> dt.date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).strip() == "":
        return None
    return pd.Timestamp(value).date()


def _eras(venues: pd.DataFrame) -> dict[str, list[tuple[str, str, dt.date | None, dt.date | None]]]:
    """Folded name -> (venue id, name, from, to) of every era of every place that had that name."""
    eras: dict[str, list] = {}
    for row in venues.itertuples(index=False):
        eras.setdefault(fold(str(row.name)), []).append((str(row.venue_id), str(row.name), _day(row.valid_from),
                                                         _day(row.valid_to)))
    return eras


def _holds(start: dt.date | None, end: dt.date | None, day: dt.date) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


def venue_name_problems(events: pd.DataFrame, venues: pd.DataFrame, file: str,
                        rows: dict[str, int] | None = None) -> list[Problem]:
    """A warning for each event whose venue is a name its place did not have on the event's start date, naming
    the name it had then (events at a place the venues table does not date are left alone)."""
    if events.empty or venues.empty or "venue" not in events:
        return []
    eras = _eras(venues)
    by_place: dict[str, list] = {}
    for found in eras.values():
        for era in found:
            by_place.setdefault(era[0], []).append(era)
    problems = []
    for event_id, venue, start in zip(events["event_id"], events["venue"], events["start_date"]):
        if not isinstance(venue, str) or not venue.strip() or pd.isna(start):
            continue
        named = eras.get(fold(venue))
        day = pd.Timestamp(start).date()
        if not named or any(_holds(a, b, day) for _, _, a, b in named):
            continue
        then = sorted({name for place in {p for p, *_ in named} for _, name, a, b in by_place[place]
                       if _holds(a, b, day)})
        if then:
            problems.append(Problem(file, (rows or {}).get(event_id), "venue",
                                    f"{venue!r} was not this place's name on {day.isoformat()}: it was "
                                    f"{' or '.join(repr(n) for n in then)} then (the venues table dates its names); "
                                    "kept as written", "warning"))
    return problems
