"""Where diplomats meet: well-known venues from `landmarks.tsv` (a source per row), the knowledge a rule cannot read off
a sentence. Two kinds of row: resorts, small towns and sites too small for the city table (Crans-Montana, Sharm
el-Sheikh, Camp David, Attari), and named buildings (the Palais des Nations, the Rixos President Hotel, Lancaster House)
with the town they stand in. Each name and alias is a place spelt as the text spells it (the guideline keeps the
text's name); a building told as where an event happened is the venue itself, the most specific place the text gives."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from tracker.extract import package_tables


class Landmark(NamedTuple):
    """One row of the table."""

    name: str
    aliases: tuple[str, ...]
    kind: str  # town, village, resort, site or building
    town: str | None  # a building's town
    country: str  # ISO alpha-3


@functools.lru_cache(maxsize=1)
def landmarks() -> tuple[Landmark, ...]:
    """The rows of landmarks.tsv (read once; the `source` column is for the reader of the table)."""
    return tuple(Landmark(name, tuple(a for a in aliases.split(";") if a), kind, town or None, country)
                 for name, aliases, kind, town, country, _source in
                 package_tables.rows("landmarks.tsv", ("name", "aliases", "kind", "town", "country", "source")))


def places() -> dict[str, tuple[str, str]]:
    """Every name and alias -> (the name as spelt, ISO country): a place the venue readers may look up."""
    return {surface: (surface, row.country) for row in landmarks() for surface in (row.name, *row.aliases)}


@functools.lru_cache(maxsize=1)
def buildings() -> dict[str, str | None]:
    """The names and aliases of the table's buildings -> the town each stands in: a building told as where an event
    happened is the place, unless its sentence names that town too ("… in Istanbul, … at the Ciragan Palace": the
    labels, like the guideline's Panmunjom, then keep the town)."""
    return {s: row.town for row in landmarks() if row.kind == "building" for s in (row.name, *row.aliases)}


@functools.lru_cache(maxsize=1)
def spelled_pattern() -> re.Pattern[str]:
    """The table's buildings, and the names the capitalised-word readers cannot take whole, after "in / at / inside
    (the)": names with a lower-case word ("Palais des Nations", "Sharm el-Sheikh") or of more than three words."""
    names = {s for row in landmarks() for s in (row.name, *row.aliases)
             if row.kind == "building" or any(w[:1].islower() for w in s.split()) or len(s.split()) > 3}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:in|at|inside)\s+(?:the\s+)?(?P<place>{alternatives})(?![\w-])")


@functools.lru_cache(maxsize=1024)
def spelled(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each of `spelled_pattern`'s places in a sentence; kept, as the venue readers ask again for
    each event of the same sentence."""
    return tuple((m.start(), m.end(), m.group("place")) for m in spelled_pattern().finditer(text))


__all__ = ["Landmark", "buildings", "landmarks", "places", "spelled", "spelled_pattern"]
