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


def venue_countries(venues: pd.DataFrame) -> dict[str, set[str]]:
    """Folded venue name -> the countries of the places the venues table gives that name (for `venue_country`)."""
    countries: dict[str, set[str]] = {}
    for name, country in zip(venues["name"], venues["country"]):
        if isinstance(country, str) and country.strip():
            countries.setdefault(fold(str(name)), set()).add(country.strip())
    return countries


def venue_country(venue: object, venues: pd.DataFrame | dict[str, set[str]]) -> str | None:
    """The country of a venue the venues table knows, when every place of that name is in one ("Astana" is KAZ,
    "geneva" CHE); None for a venue it does not know or places in several countries. What an import fills an empty
    venue country with (`fill_venue_countries`), and the event form's Country when a venue is chosen."""
    if not isinstance(venue, str) or not venue.strip():
        return None
    found = (venue_countries(venues) if isinstance(venues, pd.DataFrame) else venues).get(fold(venue))
    return next(iter(found)) if found and len(found) == 1 else None


def venue_country_codes(venues: pd.DataFrame) -> dict[str, str]:
    """Folded venue name -> its country, for every name `venue_country` answers (the event form's map, sent to the
    page so that its Country is filled there, with no round trip that could land after the person typed one)."""
    return {name: next(iter(found)) for name, found in venue_countries(venues).items() if len(found) == 1}


def fill_venue_countries(events: pd.DataFrame, venues: pd.DataFrame, file: str,
                         rows: dict[str, int] | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """`events` (a new frame) whose empty venue country is filled in from the venues table where it knows the venue
    (every place of that name in one country: "Astana" is KAZ), and a warning per venue saying so, at its first
    row with the others counted: an import fills it visibly, never silently."""
    if events.empty or venues.empty or "venue" not in events:
        return events, []
    countries = venue_countries(venues)
    empty = events["venue_country"].isna() | (events["venue_country"].astype("string").str.strip() == "")
    filled: dict[int, str] = {}
    by_venue: dict[tuple[str, str], list[str]] = {}
    for position, (event_id, venue, blank) in enumerate(zip(events["event_id"], events["venue"], empty)):
        found = venue_country(venue, countries) if blank else None
        if found:
            filled[position] = found
            by_venue.setdefault((venue, found), []).append(event_id)
    if not filled:
        return events, []
    column = events["venue_country"].astype(object).copy()
    column.iloc[list(filled)] = list(filled.values())
    out = events.copy()
    out["venue_country"] = column.astype(events["venue_country"].dtype if str(events["venue_country"].dtype) != "category"
                                         else "category")
    problems = []
    for (venue, country), event_ids in by_venue.items():
        where = sorted(r for r in ((rows or {}).get(e) for e in event_ids) if r)
        more = len(event_ids) - 1
        problems.append(Problem(file, where[0] if where else None, "venue_country",
                                f"empty; filled in as {country}, the country of {venue!r} in the venues table"
                                + (f" (and on {more:,} more row{'s' if more > 1 else ''} of {venue!r})" if more else ""),
                                "warning"))
    return out, problems
