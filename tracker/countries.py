"""Countries as people and files write them: the one reader of a country's name or code.

The importers (a flat file's venue country and new actors, ACLED's countries and "Government of X" actors), the
review form's new actors and the editor's country box all read a country here, so "Switzerland", "switzerland",
"Swiss Confederation", "CH", "che" and "756" are one country everywhere, stored as its ISO 3166-1 alpha-3 code.
"""
from __future__ import annotations

from functools import lru_cache

from tracker.resolve import fold


def _abbreviation(spelling: str) -> bool:
    """"US", "U.K.", "UAE", "DPRK": letters in capitals, a code or an abbreviation more than a name."""
    letters = spelling.replace(".", "").replace(" ", "")
    return len(letters) <= 4 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(whole name -> alpha-3, code or abbreviation -> alpha-3), folded; read once, at the first country looked up."""
    import countryinfo
    import pycountry

    from tracker.extract.gazetteer import STATES  # the states the extraction knows: "Kosovo", "DRC", "Britain"

    names: dict[str, str] = {}
    codes: dict[str, str] = {}

    def add(spelling: str, code: str) -> None:
        if spelling and spelling.strip() and code:
            (codes if _abbreviation(spelling.strip()) else names).setdefault(fold(spelling), code)

    for country in pycountry.countries:  # ISO first: its codes, then its names ("Congo" is COG, as ISO says)
        for attribute in ("alpha_3", "alpha_2", "numeric"):
            codes.setdefault(fold(getattr(country, attribute)), country.alpha_3)
        for attribute in ("name", "official_name", "common_name"):
            add(getattr(country, attribute, None) or "", country.alpha_3)
    for line in STATES.splitlines():  # name|ISO3|aliases|...: "Republic of Kosovo", "UK", "the Holy See"
        parts = line.split("|")
        if len(parts) >= 3 and parts[1]:
            codes.setdefault(fold(parts[1]), parts[1])  # XKX, which ISO leaves to its users
            for spelling in [parts[0], *parts[2].split(";")]:
                add(spelling, parts[1])
    for country in countryinfo.all_countries():  # the names people write: "Russia", "Syria", "Ivory Coast"
        try:
            code, spellings = country.iso(3), [country.name(), *(country.alt_spellings() or [])]
        except Exception:  # a territory without ISO data in the package
            continue
        for spelling in spellings:
            add(spelling, code)
    return names, codes


def country_code(text: str | None, *, codes: bool = True) -> str | None:
    """The ISO 3166-1 alpha-3 code of the country `text` names, in any case and accents aside: a name ("Switzerland",
    "Swiss Confederation", "Russia", "Ivory Coast"), or with `codes` an alpha-3, alpha-2 or numeric code or an
    abbreviation ("che", "CH", "756", "UK"); None if it names none. `codes=False` reads whole names only, for a cell
    that may name anything (a new actor "IS" is no Iceland)."""
    if not text or not text.strip():
        return None
    names, by_code = _tables()
    key = fold(text)
    # "the United Kingdom", "the Philippines", as articles write them (review30: refused; "the Gambia" was read)
    bare = key[4:] if key.startswith("the ") else key
    return names.get(key) or names.get(bare) or (by_code.get(key) if codes else None)


__all__ = ["country_code"]
