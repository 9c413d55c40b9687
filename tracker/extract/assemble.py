"""Article-level extraction: merge what several sentences say about one event, date what is left undated.

`extract_article(article, lexicon)` is the whole pipeline from an Article to its candidate events.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract import gazetteer
from tracker.extract.article import Article, infer_year
from tracker.extract.chrome import _before_chrome, _captions
from tracker.extract.clauses import _LEADERS_HELD, _SEPARATELY
from tracker.extract.events import SPEECH_TYPES, Candidate, unit_candidates
from tracker.extract.language import foreign_language
from tracker.extract.lexicon import Entry, Lexicon
from tracker.extract.mentions import Roster, find_actors
from tracker.extract.merging import _MINISTERS_MEETING, _NOT_SESSION, _event_clause, merge_candidates
from tracker.extract.newprocess import outnamed
from tracker.extract.partyprocess import by_parties, names_process
from tracker.extract.processes import (DEAL_LEFT, cued_process, named_pair, named_process, process_venues, process_votes, tied,
                                      two_party)
from tracker.extract.spans import extend_by_duration
from tracker.extract.venues import refine_venues
from tracker.extract.units import segment
from tracker.resolve import slug


@dataclass
class Extraction:
    """What one article gave: its candidate events, the actors it introduced, and notes for the user."""

    article: Article
    events: list[Candidate]
    roster: Roster
    notes: list[str] = field(default_factory=list)
    language: str | None = None  # the language of a text the rules do not read (they read English only)

    def process_name(self, key: str | None) -> str | None:
        """The display name of a process key."""
        entry = self.roster.lexicon.processes.get(key) if key else None
        return entry.name if entry else None


def _recent(events: list[Candidate], c: Candidate, anchor: dt.date | None) -> Candidate | None:
    """The latest event before `c` in the text dated to a past day within three days of publication."""
    earlier = [m for m in events if m.first is not None and m.order <= c.order and m is not c and m.dated_by == "text"
               and not m.future and m.precision == "day" and anchor is not None and 0 <= (anchor - (m.last or m.first)).days <= 3
               and m.event_type not in SPEECH_TYPES]
    return max(earlier, key=lambda m: (m.first, m.order)) if earlier else None


#: A signing told with the event it closed: "signed ... after the summit", "signed at the end of the talks"
_SIGNED_AT = re.compile(r"\b(?:signed|adopted|issued|released)\b.{0,160}?\b(?:after|at|during|on\s+the\s+sidelines\s+of|at\s+the\s+end\s+of)\s+"
                        r"(?:holding\s+)?(?:the|their|a|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>summit|meeting|talks|round)\b", re.I)


#: What a readout says a participant did in a call or meeting ("stressed", "highlighted", "expressed gratitude")
_READOUT = re.compile(r"\b(?:stressed|highlighted|noted|expressed|emphasi[sz]ed|underlined|underscored|reaffirmed|pointed\s+out|"
                      r"voiced|conveyed|wished|praised|hailed|informed|briefed)\b")
_SAID = re.compile(r"\b(?:said|says|told|tells|announced|wrote|tweeted)\b")


def _date_undated(events: list[Candidate], anchor: dt.date | None, roster: Roster, lead: int = -1) -> list[Candidate]:
    """Date what the text leaves undated: from the same speaker's dated act, the event just reported, or the dateline.

    The event of the lead sentence (`lead`, its order) is the article's main event and is kept undated when nothing dates
    it (docs/extraction.md, "Undated events")."""
    kept = []
    for c in events:
        if c.first is None and c.event_type in SPEECH_TYPES:
            same = [m for m in events if m.first is not None and m.order < c.order and c.paragraph - m.paragraph <= 2
                    and m.dated_by == "text" and not m.future and c.speaker in m.actors
                    and m.precision == "day"]  # a month's act gives no day to words said (round 128)
            source = max(same, key=lambda m: m.order) if same else _recent(events, c, anchor)
            held = [m for m in events if m.event_type in ("call", "meeting", "summit") and m.order < c.order and not m.future
                    and c.paragraph - m.paragraph <= 2 and c.speaker in m.actors]
            if held and c.event_type == "statement" and not c.quotes and _READOUT.search(c.evidence[0]) \
                    and not _SAID.search(c.evidence[0]):
                target = max(held, key=lambda m: m.order)
                target.evidence += [e for e in c.evidence if e not in target.evidence]
                continue  # "Lavrov stressed that …" in the readout of his call: part of the call (docs/extraction.md)
            if source is not None:  # words said at an event that ran several days: its last day
                day = source.first if same else (source.last or source.first)
                c.first, c.last, c.precision, c.dated_by = day, day, "day", "context"
            elif anchor is not None:
                c.first, c.last, c.precision, c.dated_by = anchor, anchor, "day", "publication"
        elif c.first is None and c.event_type == "agreement" and (after := _SIGNED_AT.search(c.evidence[0])):
            kind = {"summit": "summit", "meeting": "meeting"}.get(after.group("noun").lower(), "talk_round")
            same = [m for m in events if m.first is not None and m.order <= c.order and m.event_type == kind and m is not c] \
                or [m for m in events if m.first is not None and m.order <= c.order and m.event_type in ("summit", "meeting", "talk_round")
                    and c.paragraph - m.paragraph <= 2 and not m.future]  # "the meeting" may be the round just told
            if same:  # "signed the declaration after holding their first summit on April 27": the summit's day
                source = max(same, key=lambda m: m.order)
                if not source.actors:  # "The delegations of X, Y and Z adopted a joint statement at the end of the meeting"
                    source.actors.update({k: "participant" for k, role in c.actors.items() if role != "mediator"
                                          and (roster.entry(k) or Entry("", "", "")).kind in ("state", "organisation", "group")})
                day = (source.last or source.first) if source.precision == "day" else None  # a span stays a span
                c.first, c.last, c.precision, c.dated_by = day or source.first, day or source.last, source.precision, "context"
        elif c.first is None and c.event_type == "agreement" and not c.future and (met := [
                m for m in kept if m.order == c.order and m.first is not None and not m.future
                and m.event_type in ("meeting", "summit", "talk_round", "visit")]):
            source = met[-1]  # "X met Y in Abu Dhabi and signed an agreement": the accord of the meeting's day (round 145)
            day = (source.last or source.first) if source.precision == "day" else None
            c.first, c.last, c.precision, c.dated_by = day or source.first, day or source.last, source.precision, "context"
        elif c.first is None and c.event_type in ("meeting", "call") and not c.future:
            source = _recent(events, c, anchor)
            if source is not None:
                c.first, c.last, c.precision, c.dated_by = source.first, source.last, source.precision, "context"
        if c.first is None and not c.future and anchor is not None and c.event_type not in SPEECH_TYPES \
                and _PERFECT.search(c.evidence[0]):  # "has met", "have signed", "is in progress": news of the day of publication
            c.first, c.last, c.precision, c.dated_by = anchor, anchor, "day", "publication"
        undated_speech = anchor is None and c.event_type in SPEECH_TYPES and c.speaker is not None  # kept, undated
        main = c.order == lead and c.event_type not in SPEECH_TYPES and not c.reference and not c.future and bool(c.actors)  # the lead's event
        if c.first is None and not (c.event_type == "talk_round" and c.round_number) and not undated_speech and not main \
                and not c.halted \
                or c.attribution:
            continue
        kept.append(c)
    return kept


def _fold_halted(candidates: list[Candidate]) -> list[Candidate]:
    """"The talks were scheduled for June 20. On Monday they were postponed": the planned event told before is the one put
    off (its day stays; "postponed to July 5" gives the new one), not an event of the day of the postponement."""
    out: list[Candidate] = []
    for c in candidates:
        target = next((m for m in reversed(out) if m.future and not m.halted and m.event_type not in SPEECH_TYPES
                       and not m.reference and c.paragraph - m.paragraph <= 2), None) if c.halted else None
        if target is None or set(c.actors) - set(target.actors) or (c.round_number or target.round_number) != (target.round_number or c.round_number):
            out.append(c)
            continue
        target.halted = c.halted
        if c.future and c.first is not None:
            target.first, target.last, target.precision, target.dated_by = c.first, c.last, c.precision, c.dated_by
        target.evidence += [e for e in c.evidence if e not in target.evidence]
    return out


def _confidence(c: Candidate) -> float:
    score = {"text": 0.85, "context": 0.7, "publication": 0.6, "none": 0.5}[c.dated_by]
    if c.event_type in SPEECH_TYPES and c.quotes:
        score += 0.05
    if not c.actors and c.event_type != "talk_round":
        score -= 0.2
    if c.process:
        score += 0.05
    return round(max(0.1, min(score, 0.99)), 2)


#: A numbered session of a body: "the 43rd session of the UN Human Rights Council"
_SESSION_OF = re.compile(r"\b(?:session|sitting|meeting)\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w.'’-]*\s*){1,6})")
#: Two officials' bilateral talks ("Wang Yi held talks on Wednesday with James Kelly"): a meeting, even in a standing process
_TALKS_WITH = re.compile(r"\b(?:held|hold|holds|had|holding)\s+(?:[\w-]+\s+)?talks\s+(?:[\w-]+\s+){0,4}?with\b")
_TALKS_WORD = re.compile(r"\b(?:talks|negotiations|discussions|round|session)\b", re.I)
#: Phrases that name several actors at once: the members of the process or of an event named before.
GROUP = re.compile(r"\b(?:(?:the\s+)?(?:three\s+|two\s+)?(?P<members>guarantors?(?:\s+(?:countries|states|nations|powers))?|co-?chair(?:s|men|persons)?|co-?chairing\s+countries)"
                   r"|(?:the\s+)?(?P<n>two|three|four)\s+(?:foreign\s+|defen[cs]e\s+|top\s+|chief\s+)?(?:countries|states|nations|sides|parties|ministers|leaders|delegations|men|presidents|envoys|negotiators)"
                   r"|(?P<two>both\s+(?:foreign\s+)?(?:sides|countries|parties|states|nations|ministers|leaders|men|presidents)|the\s+(?:two\s+)?sides"
                   r"|(?:the|[A-Z][\w-]+['’]s)\s+(?:two\s+)?(?:warring|rival|conflicting|feuding)\s+(?:parties|sides|factions)))\b", re.I)
#: A process named as a group of its members: "the Normandy format countries", "the Astana format's guarantor states"
_PROCESS_GROUP = re.compile(r"^(?:['’]s)?\s+(?:format\s+)?(?:countries|states|nations|members|participants|partners|powers)\b", re.I)
#: A sentence that says who takes part in the event just reported ("Russia, Iran and Turkey will take part").
PARTICIPATE = re.compile(r"\b(?:take|took|taking|takes)\s+part\b|\bparticipat\w+|\battend(?:ed|s|ing)?\b|\bwill\s+be\s+represented\b|\bdelegations?\s+(?:of|from)\b|\bheaded\s+by\b|\bled\s+by\b|\b(?:heads|headed|led|leads|chaired|chairs|chairing)\s+(?:the|a|his|her|its)\s+(?:[\w-]+\s+){0,2}(?:delegation|team)\b", re.I)
#: Participation said inside a quote, in so many words ("have confirmed their participation", "will take part", "will attend")
_TAKE_PART = re.compile(r"\b(?:take|took|taking|takes)\s+part\b|\b(?:will|to|would)\s+(?:also\s+)?(?:participate|attend)\b|"
                        r"\bconfirmed\s+(?:their|its|his|her)\s+participation\b", re.I)
_COUNT = {"two": 2, "three": 3, "four": 4}
_HEAD_TITLE = re.compile(r"^(?:president|prime minister|chancellor|king|emir|sultan|crown prince|head of state|leader)$")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:met|held|signed|discussed|agreed|visited|arrived|spoken|talked|concluded|launched|"
                      r"started|begun|opened|resumed|ended|convened|reconvened|wrapped\s+up|kicked\s+off|reached)\b|"
                      r"\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:in\s+progress|under\s*way|ongoing|in\s+session|being\s+held|taking\s+place)\b")
#: "officials from the two sides met": the sides are the participants, as they are for "both sides met"
_PEOPLE_FROM = re.compile(r"\b(?:officials|delegations?|delegates|representatives|envoys|negotiators|ministers|diplomats|teams?)\s+from\s+$", re.I)
#: "They met again on May 26": a plural pronoun as the subject of the event's verb
_THEY = re.compile(r"^(?:(?:On|In)\s+[^,]{1,30},\s+)?They\s+(?:\w+\s+){0,2}?(?:met|meet|will\s+meet|held|hold|will\s+hold|signed|talked|spoke)\b")
#: A sentence whose subject is the talks just told: "The talks opened on Wednesday", "The negotiations, mediated by Norway, ended"
_THE_TALKS = re.compile(r"^(?:(?:On|In)\s+[^,]{1,30},\s+)?The\s+(?:talks|negotiations|consultations|meeting|session)\b(?!\s+(?:of|between|with)\b)")
#: A planned meeting told as the words of its parties: "issued a joint statement in which they said they would meet again"
_THEY_SAID = re.compile(r"\b(?:said|say|says|stated|announced|agreed|added|noted|confirmed)\s+(?:that\s+)?they\s+(?:would|will|could|"
                        r"are\s+to|were\s+to)\s+(?:\w+\s+)?(?:meet|hold|resume|reconvene|convene|gather)\b")
#: A sentence whose subject is the parties just named: "The delegations met", "The two ministers signed"
_THE_PARTIES = re.compile(r"^(?:(?:On|In)\s+[^,]{1,30},\s+)?(?:The|Both)\s+(?:two\s+|three\s+|four\s+)?(?:delegations|negotiators|ministers|"
                          r"teams|envoys|leaders|presidents|parties)\b")
_NOT_GROUP_SUBJECT = re.compile(r"\b(?:urged|urges|called\s+on|calls\s+on|invited|asked|told|to|from|by|for)\s+$", re.I)


def _named_in(units: list, quotes: list[str], roster: Roster) -> set[str]:
    """The keys of the actors the article names anywhere, by name, adjective or capital."""
    return {m.key for t in [u.text for u in units] + list(quotes) for m in roster.lexicon.scan(t)
            if m.role in ("actor", "adjective", "capital")}


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
                  named_states: Counter | None = None, whole=None, co_chairs: set[str] = frozenset()) -> list[str]:
    """The actors that "the guarantors", "both sides" or "the three countries" in `text` stand for.

    A process's members count only when the article names at least two of them (`named`).
    """
    out: list[str] = []
    named_states = named_states or Counter()
    for m in GROUP.finditer(text):
        if _NOT_GROUP_SUBJECT.search(text[max(0, m.start() - 25):m.start()]) and not _PEOPLE_FROM.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "urged both sides", "mediated by the co-chairs": not the actors of the event
        if m.group("members") and re.match(r"(?i)co-?chair(?!ing)", m.group("members")) \
                and (body := _co_chaired_body(text, m, process, roster, co_chairs)) is not None:
            out += [body] if body not in out else []
            continue  # "the OSCE Minsk Group co-chairs": the Group (docs/extraction.md, "Actors"; round 162)
        members = roster.lexicon.members.get(process or "", [])
        members = members if len(set(members) & named) >= 1 else []
        n = _COUNT.get((m.group("n") or "").lower()) or (2 if m.group("two") else None)
        if m.group("members") or (n and len(members) == n and re.search(r"countries|states|nations", m.group(), re.I)):
            out += [k for k in members if k not in out]
            continue
        persons = re.search(r"\b(?:men|presidents|envoys|negotiators)$", m.group(), re.I)  # people, never states alone
        for c in reversed([m for m in earlier if m.event_type not in SPEECH_TYPES]):  # "both sides": the parties of the last event naming that many
            states = [k for k, role in c.actors.items() if role != "mediator" and roster.entry(k) is not None
                      and roster.entry(k).kind in ("state", "organisation", "group")]
            if n and len(states) == n and not persons:
                out += [k for k in states if k not in out]
                break
            people = [k for k, role in c.actors.items() if role != "mediator" and roster.entry(k) is not None
                      and roster.entry(k).kind == "official"]
            via = list(dict.fromkeys(s for k in people if (s := roster.state_of(k)) and s != k))
            if n and not states and len(people) == n and len(via) == n:  # an event of two officials: their states
                people_group = re.search(r"ministers|leaders|delegations|men|presidents|envoys|negotiators", m.group(), re.I)
                out += [k for k in (people if people_group else []) + via if k not in out]
                break
        else:  # else the states the article has named most so far, when exactly that many stand out (not for "both men")
            if persons:
                continue
            for late, counts in ((False, named_states), (True, None)):  # then in the whole article ("Sudan's warring parties" first)
                counts = (whole() if whole else Counter()) if late else counts
                top = counts.most_common(n + 1) if n else []
                if late and top and top[min(n, len(top)) - 1][1] < 2:
                    break  # named as parties twice at least, or it is no more than a passing mention
                if n and len(top) >= n and (len(top) == n or top[n - 1][1] > top[n][1]):
                    out += [k for k, _ in top[:n] if k not in out]
                    break
    for m in roster.lexicon.scan(text):  # "the Normandy format countries": the process's members the article names
        members = roster.lexicon.members.get(m.key, []) if m.role == "process" else []
        if members and _PROCESS_GROUP.match(text[m.end:]) and len(set(members) & named) >= 1 \
                and not _NOT_GROUP_SUBJECT.search(text[max(0, m.start - 30):m.start]):
            out += [k for k in members if k not in out]
    return out


def _context_actors(units: list, candidates: list[Candidate], process: str | None, roster: Roster,
                    quotes: list[str] = ()) -> None:
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
    for c in candidates:
        if c.reference or c.event_type in SPEECH_TYPES and not GROUP.match(units[c.order].text):
            continue  # a group is a speaker only as the sentence's subject ("Both sides said ...")
        extra = _group_actors(units[c.order].text, process, [m for m in candidates if m.order < c.order], roster, named,
                              states_by_order[c.order], whole, co_chairs)
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


def extract_article(article: Article, lexicon: Lexicon, today: dt.date | None = None) -> Extraction:
    """The candidate events of one article, merged, dated and given their process.

    A year-less dateline or timestamp gets its year inferred (see `infer_year`; `today` bounds it), with a note
    and a lower confidence.
    """
    lexicon.forget()
    roster = Roster(lexicon)
    notes: list[str] = []
    language = foreign_language(f"{article.title or ''}\n{article.body}")
    if language is not None:  # say so, rather than give an empty list as if the text reported nothing
        notes.append(f"{article.label}: the text is in {language}; extraction reads English only, so nothing was extracted")
        return Extraction(article, [], roster, notes, language)
    guessed = None if article.anchor is not None else infer_year(article, today or dt.date.today())
    if guessed is not None:
        article, note = guessed
        notes.append(note)
    anchor = article.anchor
    if anchor is None:
        notes.append(f"{article.label}: no publication date found (no timestamp, header or dated dateline); "
                     "relative dates cannot be resolved, so no dated event is proposed from them")
    units, quotes = segment(_before_chrome(article.paragraphs))
    for text in [u.text for u in units] + quotes:  # the capitals as this article spells them ("Kiev", "Kyiv")
        for m in lexicon.scan(text):
            if m.role == "capital":
                roster.spelled.setdefault(m.key, m.text)
    candidates: list[Candidate] = []
    pending: list[int] = []
    captions = _captions(units)
    for order, unit in enumerate(units):
        found = unit_candidates(unit, order, quotes, roster, anchor, article.dateline_place)
        if order in captions:
            continue  # a photo caption is no event (docs/extraction.md); the names it gives are still known
        speech = [c for c in found if c.event_type in SPEECH_TYPES]
        if unit.bare:
            pending += unit.quotes
            candidates += [c for c in found if c.reference]
            continue
        if pending and speech:
            speech[0].quotes = [(speech[0].speaker, quotes[i]) for i in pending] + speech[0].quotes
            pending = []
        elif pending:
            previous = [c for c in candidates if c.event_type in SPEECH_TYPES]
            if previous:
                previous[-1].quotes += [(previous[-1].speaker, quotes[i]) for i in pending]
            pending = []
        candidates += found
    if pending:
        previous = [c for c in candidates if c.event_type in SPEECH_TYPES]
        if previous:
            previous[-1].quotes += [(previous[-1].speaker, quotes[i]) for i in pending]
    votes = process_votes([article.title or "", article.title or ""] + [u.text for u in units] + quotes, lexicon)  # the headline counts twice
    if not votes:
        text = f"{article.dateline_place or ''}\n{article.title or ''}\n{article.body}"
        cued = cued_process(text, lexicon) or named_process(text, lexicon)
        if cued:
            votes[cued] = 1
    outnamed(article.title or "", article.body, votes, lexicon)  # talks the gazetteer lacks, named most (round 199)
    dominant = votes.most_common(1)[0][0] if votes else None
    for c in candidates:
        if c.event_type in ("talk_round", "meeting") and not c.processes and dominant and tied(c, dominant, roster):
            c.processes = [dominant]
    _context_actors(units, candidates, dominant, roster, quotes)
    lead = next((i for i, u in enumerate(units) if not u.bare and i not in captions and len(u.text.split()) >= 8
                 and re.search(r"[.!?][\"”’]?\s*$", u.raw)), -1)  # the first whole sentence, not a headline left in the body
    events = _date_undated(merge_candidates(_fold_halted(candidates), roster), anchor, roster, lead)
    for c in events:
        if c.lasts and c.dated_by == "text":
            extend_by_duration(c, c.lasts)  # "… began on Saturday. The negotiations, set to last 11 days, …" (round 160)
    venues = process_venues([(u.text, True) for u in units], dominant, roster, article.dateline_place, anchor)
    named_in = functools.lru_cache(maxsize=1)(lambda: _named_in(units, quotes, roster))  # read once, when needed
    for c in events:
        for key, role in list(c.actors.items()):  # an official or ministry speaks for its state
            entry = roster.entry(key)
            state = roster.state_of(key)
            if entry is not None and entry.kind not in ("state", "organisation") and state and state != key:
                c.actors.setdefault(state, role)
            if key in roster.ministry_of:  # "Foreign Ministry spokesman X": the ministry speaks too
                c.actors.setdefault(roster.ministry_of[key], role)
        own = Counter(k for k in c.processes if votes.get(k, 0) > 0)
        c.process = max(own, key=lambda k: (own[k], votes[k])) if own else (dominant if c.event_type != "decision" or DEAL_LEFT.search(c.evidence[0]) else None)
        if not own and c.process is not None and c.event_type not in SPEECH_TYPES:
            implied = cued_process(c.evidence[0], lexicon)  # "discussed a potential peace treaty during a phone call" in a
            if implied is not None and implied != c.process:  # Minsk Group story: the peace process the sentence implies
                c.process = implied
        if not own and c.event_type not in SPEECH_TYPES and not tied(c, c.process, roster):
            c.process = None  # a meeting of other parties told next to the story's talks is none of them
        parties = {roster.state_of(k) for k in c.actors if c.actors[k] != "mediator"} - {None}
        pairs = two_party(lexicon)
        pair = next((k for k in pairs if set(lexicon.members.get(k, [])) == parties and k != c.process), None) \
            if c.process in pairs and set(lexicon.members.get(c.process, [])) != parties else None
        # one two-party process for another, never a broader format, nor one of the same two parties (India and China
        # hold both corps commander and special representatives talks: the story's own stays)
        if pair and c.event_type in ("summit", "meeting", "talk_round", "call", "agreement"):
            c.process = pair  # "the summit between Kim Jong-un and Donald Trump" in an inter-Korean story: their own process
        if not own or set(own) == {dominant} and not names_process(c.evidence, dominant, lexicon):  # the process the
            # event's own parties point to, not the story's one that it only took as a session of it (round 196)
            c.process = by_parties(c.event_type, c.process, parties, set(votes), lexicon)
        members = lexicon.members.get(c.process or "", [])
        if not c.actors and c.event_type in ("talk_round", "summit") \
                and c.process and (lexicon.processes[c.process].name in gazetteer.TWO_PARTY_PROCESSES
                                   or named_pair(c.process, lexicon)):  # or one named from the text: "X-Y border talks"
            c.actors = {k: "participant" for k in members}  # "the inter-Korean summit": the process's parties
        elif not c.actors and c.event_type in ("talk_round", "summit", "meeting") and c.process and members \
                and (lexicon.processes[c.process].name in gazetteer.PARTY_PROCESSES or c.process in two_party(lexicon)) \
                and set(members) <= named_in():  # (a meeting of a two-party process too: round 122)
            c.actors = {k: "participant" for k in members}  # "the fourth ministerial meeting of the Luanda process": its
            # parties, when the article names every one of them (docs/extraction.md, "Actors": the members it names)
        heads = [k for k in c.actors if _HEAD_TITLE.search(roster.titles.get(k, ""))]
        if heads:  # "President X met his Turkish counterpart Y": the counterpart of a head of state is one too
            heads += [k for k in c.actors if roster.titles.get(k, "").lower() == "counterpart" and k not in heads]
        if c.event_type in ("meeting", "talk_round") and any(_LEADERS_HELD.search(e) for e in c.evidence) \
                and not (c.round_number and re.search(r"(?i)\b(?:round|session)s?\b", c.evidence[0])) \
                and not re.search(r"(?i)\bministers\s+(?:of|from)\b", c.evidence[0]):  # ministers' own meeting beside it
            c.event_type, c.round_number = "summit", None  # "The first meeting … was held in France, when the leaders of
            # X, Y and Z held talks": a summit, whose ordinal numbers no round (round 170)
        if c.event_type == "meeting" and len(heads) >= 2 and not _SEPARATELY.search(c.evidence[0]):  # heads meeting: a summit
            c.event_type = "summit"
        body = _SESSION_OF.search(c.evidence[0]) if c.event_type == "talk_round" and c.round_number else None
        body = next((m.key for m in lexicon.scan(body.group("body")) if m.role == "actor" and m.start == 0
                     and lexicon.entries[m.key].kind == "organisation"), None) if body else None
        if body or c.event_type == "talk_round" and c.process and lexicon.processes[c.process].name in gazetteer.FORUMS:
            c.event_type = "meeting"  # "the 43rd session of the UN Human Rights Council", "COP29": a numbered edition of a
            if body:  # body's session or of a forum is a meeting with its number (docs/extraction.md, "Types")
                c.process = None
                c.actors.setdefault(body, "participant")
        standing = bool(c.process) and lexicon.processes[c.process].name in gazetteer.STANDING_PROCESSES
        if c.at_talks and c.event_type == "agreement":  # "At talks in X last month, A and B agreed to …": the talks
            c.event_type = "talk_round" if standing else "meeting"  # (round 175)
        persons = [k for k in c.actors if (roster.entry(k) or Entry("", "", "")).kind == "official"]
        if c.event_type == "talk_round" and not c.round_number and not c.process:
            c.event_type = "meeting"
        elif c.event_type == "talk_round" and not c.round_number and c.process and not standing and not c.reference \
                and not c.talks and not _TALKS_WORD.search(c.evidence[0]):
            c.event_type = "meeting"  # "will hold a meeting on the Normandy format": that process holds no rounds
            if len(heads) >= 2 and not _SEPARATELY.search(c.evidence[0]):
                c.event_type = "summit"  # "a high-level meeting of the X dialogue" with its president and prime minister (170)
        elif c.event_type == "meeting" and c.process and not _MINISTERS_MEETING.search(_event_clause(c.evidence[0])) \
                and standing and (c.talks or not persons and not _NOT_SESSION.search(_event_clause(c.evidence[0]))) \
                and not (len(persons) >= 2 and _TALKS_WITH.search(c.evidence[0])):  # "X held talks with Y": a meeting
            c.event_type = "talk_round"  # "the delegations met in Istanbul" for the grain talks: a session of them
        if c.event_type == "talk_round" and c.venue is None and len(venues.get(c.process or "", ())) == 1 \
                and c.first is not None and anchor is not None and not c.future and 0 <= (anchor - c.first).days <= 14:
            c.venue = next(iter(venues[c.process]))  # the one town the article gives the process's talks, in any sentence
        if c.event_type in SPEECH_TYPES or c.event_type == "call":
            c.venue = None  # statements, calls and announcements have no venue (docs/extraction.md)
        c.confidence = round(max(0.1, _confidence(c) - (0.15 if guessed else 0)), 2)
    refine_venues(events, [article.title or ""] + [u.text for u in units], roster)
    if anchor is None:
        dropped = [c for c in events if c.dated_by != "text" or c.first is None]
        events = [c for c in events if c not in dropped or (c.event_type == "talk_round" and c.round_number)
                  or (c.event_type in SPEECH_TYPES and c.speaker is not None)]  # who said what, left undated
        for c in events:
            if c.dated_by != "text":
                c.first = c.last = c.precision = None
    events.sort(key=lambda c: c.order)
    return Extraction(article, events, roster, notes)
