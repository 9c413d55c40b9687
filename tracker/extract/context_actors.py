"""Actors an event takes from its context: the group its sentence names ("the guarantors", "both sides", "the two
foreign ministers", "the co-chairs") resolved to the parties named before, and the participants a later sentence
lists for the event just told ("Russia, Iran and Turkey will take part"). Part of `assemble.extract_article`."""
from __future__ import annotations

import functools
import re
from collections import Counter

from tracker.extract import gazetteer
from tracker.extract.belligerents import warring_parties
from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.joint_statements import joint_authors
from tracker.extract.lexicon import Entry
from tracker.extract.mediators import mediators_for
from tracker.extract.mentions import Roster, find_actors
from tracker.resolve import slug
from tracker.extract.prefilter import fast, fast_start, gated

#: Phrases that name several actors at once: the members of the process or of an event named before.
GROUP = re.compile(r"\b(?:(?:the\s+)?(?:three\s+|two\s+)?(?P<members>guarantors?(?:\s+(?:countries|states|nations|powers))?|co-?chair(?:s|men|persons)?|co-?chairing\s+countries)"
                   r"|(?:the\s+)?(?P<n>two|three|four|five|six)\s+(?:foreign\s+|defen[cs]e\s+|top\s+|chief\s+)?(?:countries|states|nations|sides|parties|ministers|leaders|delegations|men|presidents|envoys|negotiators)"
                   r"|(?<=between\s)(?P<pair>the\s+leaders)"  # "held between the leaders": two of them (round 360)
                   r"|(?P<two>both\s+(?:foreign\s+)?(?:sides|countries|parties|states|nations|ministers|leaders|men|presidents)|the\s+two\s+sides"
                   r"|(?:the|[A-Z][\w-]+['’]s)\s+(?:two\s+)?(?:warring|rival|conflicting|feuding)\s+(?:parties|sides|factions))"
                   r"|(?P<sides>the\s+(?:sides|parties)))\b", re.I)  # no count: however many the last event had (round 570)
#: A process named as a group of its members: "the Normandy format countries", "the Astana format's guarantor states"
_PROCESS_GROUP = re.compile(r"^(?:['’]s)?\s+(?:format\s+)?(?:countries|states|nations|members|participants|partners|powers)\b", re.I)
#: A sentence that says who takes part in the event just reported ("Russia, Iran and Turkey will take part").
#: (`fast_start`: each word boundary tests the branches' first letters once, as the gated patterns do)
PARTICIPATE = fast_start(re.compile(r"\b(?:take|took|taking|takes)\s+part\b|\bparticipat\w+|\battend(?:ed|s|ing)?\b|\bwill\s+be\s+represented\b|\bdelegations?\s+(?:of|from)\b|\bheaded\s+by\b|\bled\s+by\b|\b(?:heads|headed|led|leads|chaired|chairs|chairing)\s+(?:the|a|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:delegation|team)\b", re.I))
#: Participation said inside a quote, in so many words ("have confirmed their participation", "will take part", "will attend")
_TAKE_PART = gated(re.compile(r"\b(?:take|took|taking|takes)\s+part\b|\b(?:will|to|would)\s+(?:also\s+)?(?:participate|attend)\b|"
                              r"\bconfirmed\s+(?:their|its|his|her)\s+participation\b", re.I))
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: "officials from the two sides met": the sides are the participants, as they are for "both sides met"
_PEOPLE_FROM = re.compile(r"\b(?:officials|delegations?|delegates|representatives|envoys|negotiators|ministers|diplomats|teams?)\s+from\s+$", re.I)
#: "They met again on May 26": a plural pronoun as the subject of the event's verb
_THEY = re.compile(r"^(?:(?:On|In)\s+[^,]{1,30},\s+)?They\s+(?:\w+\s+){0,2}?(?:met|meet|will\s+meet|held|hold|will\s+hold|signed|talked|spoke)\b")
#: A sentence whose subject is the talks just told: "The talks opened on Wednesday", "The negotiations, mediated by Norway, ended"
_THE_TALKS = re.compile(r"^(?:(?:On|In)\s+[^,]{1,30},\s+)?The\s+(?:talks|negotiations|consultations|meeting|session)\b(?!\s+(?:of|between|with)\b)")
#: A planned meeting told as the words of its parties: "issued a joint statement in which they said they would meet again"
_THEY_SAID = fast_start(re.compile(r"\b(?:said|say|says|stated|announced|agreed|added|noted|confirmed)\s+(?:that\s+)?they\s+(?:would|will|could|"
                        r"are\s+to|were\s+to)\s+(?:\w+\s+)?(?:meet|hold|resume|reconvene|convene|gather)\b"))
#: A sentence whose subject is the parties just named: "The delegations met", "The two ministers signed"
_THE_PARTIES = re.compile(r"^(?:(?:On|In)\s+[^,]{1,30},\s+)?(?:The|Both)\s+(?:two\s+|three\s+|four\s+)?(?:delegations|negotiators|ministers|"
                          r"teams|envoys|leaders|presidents|parties)\b")
_NOT_GROUP_SUBJECT = re.compile(r"\b(?:urged|urges|called\s+on|calls\s+on|invited|asked|told|to|from|by|for)\s+$", re.I)
#: The co-chairs listed by their states: "The co-chairs - Russia, the United States and France - plan …", "co-chairs (…)"
_CO_CHAIRS_LISTED = re.compile(r"co-?chair(?:s|men|ing\s+countries)\b['’]?\s*(?:\(|[-–—:,]\s*)(?P<list>[^.()]{0,70})", re.I)


def _co_chairs_listed(texts: list[str], roster: Roster) -> set[str]:
    """The states an article lists as the co-chairs, anywhere in it."""
    return {x.key for t in texts for m in _CO_CHAIRS_LISTED.finditer(t) for x in roster.lexicon.scan(m.group("list"))
            if x.role in ("actor", "adjective")}


def _co_chaired_body(text: str, m: re.Match, process: str | None, roster: Roster, listed: set[str] = frozenset()) -> str | None:
    """The body "the co-chairs" stand for, when their process is one the guideline names as a body (the OSCE Minsk Group)
    and the article does not list the co-chair states: the process named next to them, else the article's."""
    named = [x for x in roster.lexicon.scan(text) if x.role == "process"
             and (0 <= m.start() - x.end <= 2 or 0 <= x.start - m.end() <= 12)]  # "OSCE Minsk Group co-chairs", "co-chairs of the …"
    key = named[0].key if named else process
    entry = roster.lexicon.processes.get(key) if key else None
    if entry is None or entry.name not in gazetteer.CO_CHAIRED_BODIES:
        return None
    states = set(roster.lexicon.members.get(key, []))
    if len(states & (listed | _co_chairs_listed([text], roster))) >= 2:
        return None  # "the co-chairs (Russia, France, the US)": the states the article lists as them
    return roster.add(Entry(f"new:{slug(entry.name)}", entry.name, "organisation"))


def _group_actors(text: str, process: str | None, earlier: list[Candidate], roster: Roster, named: set[str],
                  named_states: Counter | None = None, whole=None, co_chairs: set[str] = frozenset(),
                  counted: set[str] | None = None) -> list[str]:
    """The actors that "the guarantors", "both sides" or "the three countries" in `text` stand for.

    A process's members count only when the article names at least two of them (`named`). `counted` gets the actors
    taken from a bare count ("the six countries": the process's members) or from which states the article names most,
    which no event or list of the article backs (round 1315 lets the learned step drop those).
    """
    out: list[str] = []
    counted = set() if counted is None else counted
    named_states = named_states or Counter()
    for m in fast(GROUP).finditer(text):
        if _NOT_GROUP_SUBJECT.search(text[max(0, m.start() - 25):m.start()]) and not _PEOPLE_FROM.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "urged both sides", "mediated by the co-chairs": not the actors of the event
        if m.group("members") and re.match(r"(?i)co-?chair(?!ing)", m.group("members")) \
                and (body := _co_chaired_body(text, m, process, roster, co_chairs)) is not None:
            out += [body] if body not in out else []
            continue  # "the OSCE Minsk Group co-chairs": the Group (docs/extraction.md, "Actors"; round 162)
        members = roster.lexicon.members.get(process or "", [])
        members = members if len(set(members) & named) >= 1 else []
        n = _COUNT.get((m.group("n") or "").lower()) or (2 if m.group("two") or m.group("pair") or m.group("sides") else None)
        if m.group("members") or (n and len(members) == n and re.search(r"countries|states|nations", m.group(), re.I)):
            counted.update(members if not m.group("members") else ())
            out += [k for k in members if k not in out]
            continue
        persons = re.search(r"\b(?:men|presidents|envoys|negotiators)$", m.group(), re.I)  # people, never states alone
        for c in reversed([m for m in earlier if m.event_type not in SPEECH_TYPES]):  # "both sides": the parties of the last event naming that many
            states = [k for k, role in c.actors.items() if role != "mediator" and roster.entry(k) is not None
                      and roster.entry(k).kind in ("state", "organisation", "group")]
            people = [k for k, role in c.actors.items() if role != "mediator" and roster.entry(k) is not None
                      and roster.entry(k).kind == "official"]
            via = list(dict.fromkeys(s for k in people if (s := roster.state_of(k)) and s != k))
            if n and len(people) == n and len(via) == n and m.group("pair"):
                out += [k for k in people + via if k not in out]  # "between the leaders": the two named, with their states
                break
            if n and (len(states) == n or m.group("sides") and len(states) > n) and not persons:  # "the sides": all of them
                out += [k for k in states if k not in out]
                break
            if n and not states and len(people) == n and len(via) == n:  # an event of two officials: their states
                people_group = re.search(r"ministers|leaders|delegations|men|presidents|envoys|negotiators", m.group(), re.I)
                out += [k for k in (people if people_group else []) + via if k not in out]
                break
        else:  # else the states the article has named most so far, when exactly that many stand out (not for "both men")
            if persons or m.group("sides") and m.group().lower().endswith("parties"):
                continue  # "the parties" with no event of theirs told before: the article never lists them
            for late, counts in ((False, named_states), (True, None)):  # then in the whole article ("Sudan's warring parties" first)
                counts = (whole() if whole else Counter()) if late else counts
                top = counts.most_common(n + 1) if n else []
                if late and top and top[min(n, len(top)) - 1][1] < 2:
                    break  # named as parties twice at least, or it is no more than a passing mention
                if n and len(top) >= n and (len(top) == n or top[n - 1][1] > top[n][1]):
                    counted.update(k for k, _ in top[:n])
                    out += [k for k, _ in top[:n] if k not in out]
                    break
    for m in roster.lexicon.scan(text):  # "the Normandy format countries": the process's members the article names
        members = roster.lexicon.members.get(m.key, []) if m.role == "process" else []
        if members and _PROCESS_GROUP.match(text[m.end:]) and len(set(members) & named) >= 1 \
                and not _NOT_GROUP_SUBJECT.search(text[max(0, m.start - 30):m.start]):
            out += [k for k in members if k not in out]
    return out


def _context_actors(units: list, candidates: list[Candidate], process: str | None, roster: Roster,
                    quotes: list[str] = (), title: str | None = None, skip: set[int] = frozenset()) -> None:
    """Actors named as a group, or in the next sentence ("... will take part"), join the event they belong to.

    A process's members named only inside a quote ("the countries involved - Turkey, Russia and Iran - plan ...")
    still count as named by the article, so "the guarantor states" stands for them.
    """
    named = {m.key for t in [u.text for u in units] + list(quotes) for m in roster.lexicon.scan(t) if m.role in ("actor", "adjective")}
    co_chairs = _co_chairs_listed([u.text for u in units], roster) if any("hair" in u.text for u in units) else set()
    states_by_order = []
    running: Counter = Counter()
    for u in units:
        states_by_order.append(running.copy())
        running.update(m.key for m in roster.lexicon.scan(u.text) if m.role in ("actor", "adjective", "capital")
                       and roster.entry(m.key) is not None and roster.entry(m.key).kind == "state")
    @functools.lru_cache(maxsize=1)
    def whole() -> Counter:  # the parties the whole article names (read only when a group needs them)
        return Counter(a.key for u in units for a in find_actors(u.text, roster) if not a.topic  # not venues or topics
                       and a.prep in (None, "and", "between", "with") and roster.entry(a.key) is not None
                       and roster.entry(a.key).kind in ("state", "group", "organisation"))
    texts = [title or ""] + [u.text for u in units]
    for c in candidates:
        if c.event_type in SPEECH_TYPES and not c.reference:  # "read out the joint X, Y and Z statement": they speak (round 631)
            for key in joint_authors(units[c.order].text, roster):
                c.actors.setdefault(key, "speaker")
        if c.reference or c.event_type in SPEECH_TYPES and not GROUP.match(units[c.order].text) and not c.grouped:
            continue  # a group is a speaker only as the sentence's subject ("Both sides said ...")
        extra, counted = warring_parties(units[c.order].text, texts, roster), set()  # "Sudan's warring parties"
        extra = extra if extra is not None else _group_actors(units[c.order].text, process, [m for m in candidates if m.order < c.order],
                                                              roster, named, states_by_order[c.order], whole, co_chairs, counted)
        c.as_group.update(k for k in extra if k not in counted)
        extra = extra or mediators_for(units[c.order].text, texts, candidates, roster)  # "the mediators" (round 276)
        own = [k for k, role in c.actors.items() if role != "mediator"]
        if not extra and c.event_type not in SPEECH_TYPES and (not c.actors and _THEY.match(units[c.order].text)
                                                               or not own and not c.future and _THE_TALKS.match(units[c.order].text)):
            before = next((m for m in reversed(candidates) if m.order < c.order and m.event_type not in SPEECH_TYPES
                           and not m.reference and len(m.actors) >= 2 and c.paragraph - m.paragraph <= 2), None)
            extra = [k for k, role in before.actors.items() if role != "mediator"] if before else []  # "They met again",
            # "Delegations of X and Y arrived in Astana. The talks opened on Wednesday.": the parties just named
        if not extra and c.event_type not in SPEECH_TYPES and _THEY_SAID.search(units[c.order].text):
            extra = list(dict.fromkeys(k for m in candidates if m.order == c.order and m is not c  # "X and Y said they would
                                       for k, role in m.actors.items() if role != "mediator"))  # meet again": X and Y
        if not extra and not c.actors and c.event_type not in SPEECH_TYPES and c.order > 0 and _THE_PARTIES.match(units[c.order].text):
            before = units[c.order - 1]  # "The Chilean delegation was led by X, the Peruvian side by Y. The delegations met …"
            parties = [a.key for a in find_actors(before.text, roster) if not a.topic and a.prep in (None, "and", "by", "of", "from")
                       and roster.entry(a.key) is not None and roster.entry(a.key).kind in ("state", "organisation", "group", "official")]
            states = {k for k in parties if roster.entry(k).kind != "official"}
            extra = list(dict.fromkeys(parties)) if len(states) >= 2 and c.paragraph - before.paragraph <= 1 else []
        for key in extra:
            c.actors.setdefault(key, "participant" if c.event_type not in SPEECH_TYPES else "speaker")
        if extra and c.event_type == "visit" and c.venue and c.venue[1]:  # "the co-chairs will be in Armenia": its host
            host = roster.lexicon.state_by_country.get(c.venue[1])
            if host and host not in {roster.state_of(k) or k for k in c.actors}:
                c.actors.setdefault(host, "host")
        if extra and c.event_type in SPEECH_TYPES and c.speaker is None:
            c.speaker = extra[0]
    for order, unit in enumerate(units):
        if order in skip:
            continue  # a sentence naming heads of delegation: `delegation_heads` placed them
        said = [quotes[i] for i in unit.quotes if _TAKE_PART.search(quotes[i])]  # "Delegations of X and Y have confirmed
        if not (PARTICIPATE.search(unit.text) or said) or any(c.order == order and c.event_type not in SPEECH_TYPES  # their
                                                               and not c.reference for c in candidates):  # participation," he said
            continue
        target = next((c for c in reversed(candidates) if c.order < order and c.event_type not in SPEECH_TYPES
                       and not c.reference and unit.paragraph - c.paragraph <= 2), None)
        if target is None:
            continue
        texts = ([unit.text] if PARTICIPATE.search(unit.text) else []) + said
        found = [a.key for t in texts for a in find_actors(t, roster) if not a.topic and a.prep in (None, "of", "from", "and", "by")]
        for key in found + [k for t in texts for k in _group_actors(t, process, [target], roster, named, states_by_order[order],
                                                                    co_chairs=co_chairs)]:
            target.actors.setdefault(key, "participant")
        if unit.raw not in target.evidence:
            target.evidence.append(unit.raw)
