"""Which process an article is about and which process each of its events belongs to.

The article's process is the one it names most (its headline twice); an article that names none gets the process its
cues imply (`gazetteer.PROCESS_CUES`) or a candidate process named from the text. An event takes the story's process only
where the text ties it to it (`tied`), and a session with no place of its own may take the one town the article gives
its process's talks (`process_venues`).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from typing import Callable

from tracker.extract import gazetteer
from tracker.extract.candidate import Candidate
from tracker.extract.clauses import _SETTING
from tracker.extract.earlier_towns import told_long_before
from tracker.extract.events import at_forum
from tracker.extract.lexicon import Entry, Lexicon
from tracker.extract.mentions import Roster
from tracker.extract.pair_names import pair_candidate
from tracker.extract.partyprocess import pair_process
from tracker.extract.venues import venue_of
from tracker.resolve import fold, slug
from tracker.extract.prefilter import LiteralGated, fast_start, gated, literal_gated, may_search, per_article

#: "outside the Astana format", "instead of the Geneva process": a process named as what the story is not about
_NEGATED = fast_start(re.compile(r"\b(?:outside|beyond|instead\s+of|not\s+part\s+of|rather\s+than)\s+(?:of\s+)?(?:the\s+)?$", re.I))


#: Words that tie an event to the story's standing talks: "the talks", "the next round", "the session", "the process"
_TIE_WORD = gated(re.compile(r"\b(?:talks|negotiations|round|session|consultations|dialogue|process|format)\b"
                             r"|\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|treaty|initiative|ceasefire|truce)\b", re.I))


#: (capitals, their number, folded capital -> state) of the last lexicon read: folding some 270 capitals an event was a
#: tenth of a real article's extraction; a lexicon's capitals are set when it is built
_CAPITALS_FOLDED: tuple = (None, 0, {})


def _folded_capitals(lexicon: Lexicon) -> dict[str, str]:
    """Each capital of the lexicon, folded -> its state (made again for another lexicon or grown capitals)."""
    global _CAPITALS_FOLDED
    capitals, n, folded = _CAPITALS_FOLDED
    if capitals is not lexicon.capitals or n != len(lexicon.capitals):
        folded = {fold(city): state for state, city in lexicon.capitals.items()}
        _CAPITALS_FOLDED = (lexicon.capitals, len(lexicon.capitals), folded)
    return folded


def tied(c: Candidate, key: str | None, roster: Roster,
         talks_towns: Callable[[], dict[str, set[tuple[str, str | None]]]] | None = None) -> bool:
    """Whether an event whose sentence names no process belongs to the story's process `key`: it is a session or told
    as "the talks", it names no states, only states among the process's members or the states it is about, or an
    organisation or movement (a mediator, a party to the conflict).
    A process whose parties the gazetteer does not know (one named from the text) takes every event, as before.
    Adjacency alone does not tie: "Lavrov met Fidan in Ankara" after a paragraph on the Constitutional Committee.
    `talks_towns` (read only when the states would untie the event) gives the towns the article gives each process's
    talks (`process_venues`): an event in one of the story's talks' towns, or whose only outside state is the country
    of one, is tied (round 1181)."""
    if key is None or c.event_type == "talk_round" or c.talks or c.reference or c.round_number \
            or _TIE_WORD.search(c.evidence[0] if c.evidence else ""):
        return True
    lexicon = roster.lexicon
    own = set(lexicon.members.get(key, [])) | set(lexicon.subjects.get(key, []))
    by_capital = _folded_capitals(lexicon)
    parties = set()
    for k, role in c.actors.items():
        entry = roster.entry(roster.state_of(k) or k)
        if role == "mediator" or entry is None or entry.kind == "official":
            continue  # a person whose state the text does not give tells nothing
        if entry.kind != "state":
            return True  # a mediating organisation or a movement of the conflict: the story's own actors
        parties |= {entry.key, by_capital.get(fold(entry.name))} - {None}
    host = lexicon.state_by_country.get(c.venue[1] or "") if c.venue else None
    if host is not None and parties == {host}:
        return True  # its only state is the host of its town: "the Kazakh diplomat met the heads of delegations" (1158)
    if own and parties and not parties & own and talks_towns is not None and (towns := talks_towns().get(key)):
        if c.venue in towns:
            return True  # "the envoy arrived in Muscat" where the story's talks are held (1181)
        parties -= {lexicon.state_by_country.get(country or "") for _, country in towns}  # their host is no outside party:
        # "chaired by the Turkish foreign minister" at the Istanbul talks, "the Kazakh diplomat met the delegations" (1181)
    return not own or not parties or bool(parties & own)


def process_votes(texts: list[str], lexicon: Lexicon) -> Counter:
    """How often each process is named in the article (not counting "outside the X format")."""
    votes: Counter = Counter()
    for text in texts:
        for m in lexicon.scan(text):
            if m.role == "process" and not _NEGATED.search(text[max(0, m.start - 30):m.start]) \
                    and not (lexicon.processes[m.key].name in gazetteer.FORUMS and _SETTING.search(text[max(0, m.start - 60):m.start])):
                votes[m.key] += 1
    return votes


#: A decision about the article's own deal ("pulled Washington out of the deal", "withdrew from the agreement"): its process
DEAL_LEFT = re.compile(r"\b(?:withdr[ae]w|withdrawn|withdrawing|pulled|pulling|quit|quitting|exited|suspended|suspending|halted)\b"
                        r"(?:\s+[\w'’.-]+){0,4}?\s+(?:from|out\s+of|of|the)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:deal|agreement|accord|talks|negotiations|initiative|process|format|treaty)\b|\bthe\s+(?:deal|agreement|talks)\b"
                        r"|\b(?:mandate|mission)\b[^.;]{0,40}?\b(?:renewed|extended)\b"  # a peace mission renewed: its process (415)
                        r"|\b(?:rejected|accepted|approved|endorsed|vetoed)\b[^.;]{0,120}?\bas\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:envoy|mediator)\b", re.I)  # the story's envoy accepted or rejected (489)


@functools.lru_cache(maxsize=1)
def _cues() -> list[tuple[str, list[re.Pattern]]]:
    # behind substring gates: most stories hold none of a line's names, and a failed search reads the whole story
    return [(name, [literal_gated(re.compile(c)) for c in cues]) for name, *cues in
            (line.split(" & ") for line in gazetteer.PROCESS_CUES.strip().splitlines())]


@functools.lru_cache(maxsize=1)
def _first_needles() -> tuple[tuple[str, tuple[int, ...]], ...]:
    """(string, the lines whose first cue's substring test it passes) for every string a line's first cue needs; a line
    whose first cue has no such test (none now) is filed under "", which every text holds."""
    by_needle: dict[str, list[int]] = {}
    for i, (_, line) in enumerate(_cues()):
        needles = line[0].needles if line and isinstance(line[0], LiteralGated) else ("",)
        for needle in needles:
            by_needle.setdefault(needle, []).append(i)
    return tuple((needle, tuple(lines)) for needle, lines in by_needle.items())


def _fitting(text: str, start: int = 0):
    """The indexes of the cue lines from `start` on whose cues all fit `text`, in order: as `_fits` tried on every line,
    but only on the lines whose first cue's strings `text` holds, found by one substring test per distinct string (some
    150 for 124 lines; a sentence holds a handful) rather than a generator and two calls per line (some 0.5 ms a
    sentence, asked of every event's sentence)."""
    cues = _cues()
    return (i for i in _maybe_lines(text) if i >= start and _fits(cues[i][1], text))


@per_article  # a story (and an event's sentence) is asked again when a page with no date is read twice
def _maybe_lines(text: str) -> tuple[int, ...]:
    """The cue lines whose first cue's strings `text` holds, in order (a story's 150 substring tests: some 0.3 ms)."""
    return tuple(sorted({i for needle, lines in _first_needles() if needle in text for i in lines}))


def _fits(line: list[re.Pattern], text: str) -> bool:
    """Whether every cue of a line matches `text`: every cue's substring test first (`prefilter.literal_gated`), so that
    a line whose second name is missing runs no regex for its first (most lines fit no story)."""
    return all(may_search(c, text) for c in line) and all(c.search(text) for c in line)


def two_party(lexicon: Lexicon) -> list[str]:
    """The keys of the processes whose members are just their two parties (gazetteer.TWO_PARTY_PROCESSES); read once
    for as long as the lexicon holds the same processes (asked for every event of every article)."""
    known = (len(lexicon.processes), len(lexicon.members))
    cached = getattr(lexicon, "_two_party", None)
    if cached is None or cached[0] != known:
        keys = [k for k, e in lexicon.processes.items()
                if e.name in gazetteer.TWO_PARTY_PROCESSES and len(lexicon.members.get(k, [])) == 2]
        cached = lexicon._two_party = (known, keys)
    return list(cached[1])


def cued_process(text: str, lexicon: Lexicon, story: bool = False) -> str | None:
    """The process an article names no process of is about, from its cues (gazetteer.PROCESS_CUES), if any: the first
    whose cues all fit. For a whole `story`, a first fit whose least-named cue the text names once may be another
    process's background: a Cyprus story names Greece and Turkey once, as guarantors, and Cyprus throughout; then the
    fitting process whose least-named cue the text names most wins, the first listed on a tie (round 430)."""
    return _cued(text, lexicon, story)[0]


def story_cue(text: str, lexicon: Lexicon) -> tuple[str | None, int, frozenset[str]]:
    """A whole story's cued process (`cued_process` with `story`), how often the text names the least-named cue of its
    line, and the names of every process whose cue line fits the story."""
    key, named = _cued(text, lexicon, True)
    cues = _cues()
    return key, named, frozenset(cues[i][0] for i in _fitting(text)) if key else frozenset()


def _cued(text: str, lexicon: Lexicon, story: bool) -> tuple[str | None, int]:
    cues = _cues()
    first = next(_fitting(text), None)
    if first is None:
        return None, 0
    name = cues[first][0]
    score = min(len(c.findall(text)) for c in cues[first][1]) if story else 0
    if story and score == 1:
        for i in _fitting(text, first + 1):
            other, line = cues[i]
            if other != name:
                named = min(len(c.findall(text)) for c in line)
                if named > score:
                    name, score = other, named
    key = next((k for k, e in lexicon.processes.items() if e.name == name), None)
    return (lexicon.remap.get(key, key) if key else None), score  # as the story reads a shared name ("Doha": round 431)


_PROCESS_NAME = re.compile(r"\b(?P<name>(?:[A-Z][\w.]+(?:-[A-Z][\w.]+)+|[Ii]nter-[A-Z][a-z]+)\s+(?:[a-z]+(?:-[a-z]+)?\s+)?"
                           r"(?:talks|negotiations|dialogue|consultations|format|process))\b")


#: "the Aqaba format", "the Tashkent process": a town's format or process, named as the guideline names the Luanda,
#: Nairobi and Ankara processes (round 235); the town must be a known place
_PLACE_PROCESS = re.compile(r"\b(?:[Tt]he|a|of)\s+(?P<name>(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:process|format|platform))\b")


#: "the Sudan-South Sudan border talks", "Saudi Arabia-Iran talks": states of two words in a hyphenated name (round 239);
#: taken only when every part is a state
_STATES_PROCESS = re.compile(r"(?<![\w-])(?!(?:The|A|An|In|On|At|And|For|Of)\b)(?P<head>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
                             r"(?:-[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)+)\s+(?P<rest>(?:[a-z]+(?:-[a-z]+)?\s+)?"
                             r"(?:talks|negotiations|dialogue|consultations))\b")


def _states_named(text: str, lexicon: Lexicon) -> tuple[str, list[str]] | None:
    """The most named "<state>-<state> talks" whose states may be of two words, with the states' keys, if one."""
    found: Counter = Counter()
    keys: dict[str, list[str]] = {}
    for m in _STATES_PROCESS.finditer(text):
        parts = m.group("head").split("-")
        entries = [_state_entry(part, lexicon) for part in parts]
        if not all(entries) or len({e.key for e in entries}) != len(entries) or all(" " not in p for p in parts):
            continue  # not all states, or no state of two words (the older pattern's case)
        name = f"{'-'.join(e.name for e in entries)} {m.group('rest')}"
        found[name] += 1
        keys[name] = [e.key for e in entries]
    if not found:
        return None
    name = found.most_common(1)[0][0]
    return name, keys[name]


def named_process(text: str, lexicon: Lexicon) -> str | None:
    """A candidate process named from the text ("Greece-Turkey exploratory talks") when the gazetteer knows none."""
    two_word = _states_named(text, lexicon)
    if two_word is not None:  # before the older pattern, which reads "Saudi Arabia-Qatar talks" as "Arabia-Qatar talks"
        name, members = two_word
        known = pair_process(set(members), lexicon) if len(members) == 2 else None
        if known is not None:
            return known
        if len(members) == 2:  # two states in alphabetical order, as the guideline names them (round 1331)
            words = name[len("-".join(lexicon.entries[k].name for k in members)) + 1:]  # after "Saudi Arabia-Qatar "
            return pair_candidate(members[0], members[1], words, lexicon)
        key = f"process:new:{slug(name)}"
        lexicon.processes.setdefault(key, Entry(key, name, "process"))
        lexicon.members.setdefault(key, members if len(members) == 2 else [])
        return key
    names = Counter(m.group("name") for m in _PROCESS_NAME.finditer(text))
    if not names:
        names = Counter(m.group("name") for m in _PLACE_PROCESS.finditer(text) if lexicon.place(m.group("place")))
    if not names:
        return None
    name = names.most_common(1)[0][0]
    name = name[0].upper() + name[1:]
    head, _, rest = name.partition(" ")
    states = [_state_name(part, lexicon) for part in head.split("-")]
    if all(states) and rest:  # "Thai-Cambodian border talks": "Thailand-Cambodia border talks", the states' names, one
        name = f"{'-'.join(states)} {rest}"  # form for one process however the story spells it (docs/extraction.md)
    parties = _named_parties(name.replace(".", ""), lexicon)
    known = pair_process(set(parties), lexicon)
    if known is not None:
        return known  # "the DPRK-U.S. dialogue": the two-party process of exactly those two states (round 199)
    if parties and rest:  # "U.S.-Russia talks": "Russia-US talks", in the guideline's order and short names (1331)
        return pair_candidate(parties[0], parties[1], rest, lexicon)
    key = f"process:new:{slug(name)}"
    lexicon.processes.setdefault(key, Entry(key, name, "process"))
    lexicon.members.setdefault(key, _named_parties(name, lexicon))
    return key


#: The names of the gazetteer's processes: every other "process:new:" key was named from an article's text
_GAZETTEER_NAMES = frozenset(line.split("|")[0] for line in gazetteer.PROCESSES.strip().splitlines())


def named_pair(key: str | None, lexicon: Lexicon) -> bool:
    """Whether `key` is a process named from the text that spells out its two states ("Thailand-Cambodia border talks")."""
    return bool(key) and key.startswith("process:new:") and lexicon.processes[key].name not in _GAZETTEER_NAMES \
        and len(lexicon.members.get(key, [])) == 2


_SINO = {"Sino": "China"}


def _state_entry(part: str, lexicon: Lexicon) -> Entry | None:
    """The state a part of a hyphenated name stands for ("South Sudan", "Saudi"), if one."""
    found = [m.key for m in lexicon.scan(part) if m.role in ("actor", "adjective") and m.end - m.start == len(part)]
    entry = lexicon.entries.get(found[0]) if found else None
    return entry if entry is not None and entry.kind == "state" else None


def _state_name(part: str, lexicon: Lexicon) -> str | None:
    """The display name of the state a part of a hyphenated name stands for ("Thai", "Thailand", "Sino"), if one."""
    part = _SINO.get(part, part)
    found = [m.key for m in lexicon.scan(part) if m.role in ("actor", "adjective") and m.end - m.start == len(part)]
    entry = lexicon.entries.get(found[0]) if found else None
    return entry.name if entry is not None and entry.kind == "state" else None


def _named_parties(name: str, lexicon: Lexicon) -> list[str]:
    """The two states a process named from the text spells out ("Thailand-Cambodia border talks": Thailand and
    Cambodia), so that its sessions that name nobody have them as a two-party process's do; none otherwise."""
    parts = name.split()[0].split("-")
    states = []
    for part in parts:
        found = [m.key for m in lexicon.scan(part) if m.role in ("actor", "adjective") and m.end - m.start == len(part)]
        entry = lexicon.entries.get(found[0]) if found else None
        if entry is None or entry.kind != "state":
            return []
        states.append(entry.key)
    return states if len(set(states)) == 2 else []


_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})")
_SESSION_NOUN = gated(re.compile(r"\b(?:round|talks|negotiations|session|meeting)\b", re.I))


#: A sentence about talks ahead: "the next negotiations in Nur-Sultan", "talks that will be held in Lima" (round 243)
_AHEAD = re.compile(r"\b(?:will|next|upcoming|forthcoming|to\s+be\s+held|scheduled|planned|invitation|invited)\b", re.I)

#: A document's signing told after the session noun: "discussed the peace agreement signed on June 27 in Washington" (round 521)
_SIGNED_IN = gated(re.compile(r"\b(?:signed|inked)\s+(?:(?:on|in|last|this|earlier)\s+[\w,]+(?:\s+\d{1,4},?)?\s+){0,2}(?:in|at)\s+"
                              r"(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})"))

#: A sentence about talks held: its town is the last round's, not the next one's
_HELD = re.compile(r"\b(?:held|ended|concluded|took\s+place|wrapped|closed|hosted|met|was|were|opened|began|started)\b")


def process_venues(texts: list[tuple[str, bool]], dominant: str | None, roster: Roster, dateline: str | None,
                    anchor: dt.date | None, ahead: bool = False) -> dict[str, set[tuple[str, str | None]]]:
    """The towns the article gives for each process's talks, in any sentence or quote ("negotiations over Syria in
    Nur-Sultan", "the next round of the meeting in the Kazakh capital"); `texts` are (text, is a narrative sentence).
    With `ahead`, only sentences about talks ahead count (the town of the last round says nothing of the next)."""
    out: dict[str, set[tuple[str, str | None]]] = {}
    for text, narrative in texts:
        noun = _SESSION_NOUN.search(text)
        if noun is None or ahead and not _AHEAD.search(text) and _HELD.search(text):
            continue
        named = [m.key for m in roster.lexicon.scan(text) if m.role == "process" and not at_forum(m, text, roster)]
        venue = venue_of(text, roster, noun.start(), dateline if narrative else None, False, anchor, talks_town=True)
        if venue is None or _country_level(venue, roster):
            continue
        if any(m.start() > noun.start() and roster.lexicon.place(m.group("place").rstrip(".")) == venue
               for m in _SIGNED_IN.finditer(text)):
            continue  # where a document was signed, told after the session: no town of the talks (round 521)
        towns = {venue} | {p for m in _IN_PLACE.finditer(text) if (p := roster.lexicon.place(m.group("place").rstrip(".")))
                           and not _country_level(p, roster)}  # "held in Vienna and in Doha": no one town
        if not ahead:  # "exploratory talks in Istanbul last month": an earlier gathering's town, not the recent round's (1101)
            towns = {t for t in towns if not told_long_before(text, t[0], anchor)}
        for key in set(named) or ({dominant} if dominant else set()):
            out.setdefault(key, set()).update(towns)
    return out


def _country_level(venue: tuple[str, str | None], roster: Roster) -> bool:
    state = roster.lexicon.state_by_country.get(venue[1] or "")
    entry = roster.lexicon.entries.get(state) if state else None
    return entry is not None and fold(entry.name) == fold(venue[0])


__all__ = ["DEAL_LEFT", "cued_process", "story_cue", "named_pair", "named_process", "process_venues", "process_votes", "tied", "two_party"]
