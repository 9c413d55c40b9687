"""The French names of the world's states, from pycountry's own ISO 3166 translations (round 853).

Francophone wires and ministries ("La Turquie accueille l'Éthiopie et la Somalie", "la République démocratique du
Congo") name states in French, and the guideline names the actors of a page as its text does, so the lexicon must
read them. pycountry ships the translations with the package (nothing is fetched). A French name written as the
English one is the English entry already; one that is also an English word or a given name is left out.
"""
from __future__ import annotations

import functools
import re

#: French names that are English words or given names: "Grenade" (Grenada), "Maurice" (Mauritius), "Dominique"
#: (Dominica), "Chili" (Chile), "Géorgie" (Georgia, also a given name), "Salvador", "Christmas" (the island), "Lao"
#: (a people and a surname), an adjective ("Syrienne"); "Jersey" and the like are English already
_NOT_NAMES = {"Grenade", "Maurice", "Dominique", "Chili", "Géorgie", "Guernesey", "Salomon", "Salvador", "Christmas", "Cocos",
              "Lao", "Syrienne"}


def _head(name: str) -> str:
    """The name before a comma or a bracket: "Russie, Fédération de" → "Russie", "Venezuela (République …)" → "Venezuela"."""
    return re.split(r"\s*[,(]", name, maxsplit=1)[0].strip()


@functools.lru_cache(maxsize=1)
def french_names() -> dict[str, list[str]]:
    """ISO alpha-3 -> the French names of the state (short, common and official), each naming that state only."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names: dict[str, set[str]] = {}
    for country in pycountry.countries:
        english = {country.name, getattr(country, "common_name", country.name), getattr(country, "official_name", country.name)}
        found = {_head(french.gettext(n)) for n in english} | {french.gettext(n) for n in english if not re.search(r"[,(]", french.gettext(n))}
        names[country.alpha_3] = {n for n in found if n and n not in english and n not in _NOT_NAMES}
    owners: dict[str, set[str]] = {}
    for iso, found in names.items():
        for name in found:
            owners.setdefault(name, set()).add(iso)
    return {iso: sorted(n for n in found if len(owners[n]) == 1) for iso, found in names.items() if found}


__all__ = ["french_names"]
