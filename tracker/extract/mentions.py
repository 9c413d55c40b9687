"""Who is named in a sentence: states, ministries, organisations and officials with their titles.

A Roster holds what one article has introduced so far (new officials, the last ministry and
person named), so that "the ministry said", "he said" and a bare surname find their actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extract import gazetteer
from tracker.extract.lexicon import Entry, Lexicon, Mention, fold_word
from tracker.extract.appositions import apposed_speakers, former_office
from tracker.extract.administrations import as_their_state
from tracker.extract.government import bare_governments, owned_subjects
from tracker.extract.longtitles import LONG_TITLE
from tracker.extract.name_of_state import named_of_state
from tracker.extract.personnames import Surnames, body_name, body_of, clean_name, named_by_first, named_by_middle
from tracker.extract.role_anaphora import titled_persons
from tracker.extract.title_runs import FORMER, state_before_title
from tracker.extract.prefilter import fast_start, skipping
from tracker.extract.names import (
    NAME, PLACE_NOUN, TITLE, _BODY_HEAD, _GOV_AND_OPPOSITION, _HEAD_APPOSITION, _HEAD_BODY, _HEAD_THEN_NAME, _KREMLIN, _LONE_SURNAME,
    _MINISTRY, _NAME_THEN_HEAD, _NAME_WORD, NAME_STARTS, _PERSON_AFTER_TITLE, _PERSON_APPOSITION, SAYS, TITLE_THEN_NAME, gated, ministry_country, title_gated)
from tracker.resolve import fold, slug


def _opposition_of(state: str, roster: "Roster") -> str | None:
    """The group the lexicon knows as that state's opposition ("Syrian opposition"), if exactly one."""
    keys = {e.key for e in roster.lexicon.entries.values() if e.kind in ("group", "organisation") and e.name.lower().endswith(" opposition")
            and any(m.key == state and m.role in ("adjective", "actor") for m in roster.lexicon.scan(e.name.split()[0]))}
    return keys.pop() if len(keys) == 1 else None


#: The office an aide serves, told before the title that would read as theirs: "adviser to the German chancellor <Name>"
_AIDE_TO = gated(re.compile(r"\b(?P<aide>(?i:adviser|advisor|aide|assistant|chief\s+of\s+staff))\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}$"))
#: A person named with no title as the other party of a meeting verb, or before a relative clause at the start of a sentence
_PERSON2 = r"[A-Z][a-zà-ÿ'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+|van\s+|von\s+)?[A-Z][a-zà-ÿ'’-]+){1,2}"
_NAMED_PARTY = gated(re.compile(rf"\b(?:met|meets|meet|met\s+with|meeting\s+with|received|hosted|talks\s+with|spoke\s+with|phoned|telephoned)\s+"
                                rf"(?P<met>{_PERSON2})(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|for|to|during|who|last|this|yesterday|today|after|"
                                rf"before|earlier|later|while|as|over|amid|from|with|via|by|near)\b)"
                                rf"|^(?P<who>{_PERSON2}),\s+who\s"))
_NOT_NAME_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                   "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "His", "Her",
                   "Their", "President", "Minister", "Foreign", "Prime", "Secretary", "General", "Deputy", "Special", "Envoy"}
_NOT_SURNAMES = {"They", "This", "That", "These", "Those", "There", "Officials", "Diplomats", "Sources", "Analysts", "Observers",
                 "Reports", "Experts", "Police", "Witnesses", "Media", "Negotiators", "Both", "Some", "Others", "Many", "Residents",
                 "Critics", "Activists", "Organizers", "Organisers", "Participants", "Lawmakers", "Authorities", "Everyone",
                 "Nobody", "Someone", "Reporters", "Journalists", "Earlier", "Later", "Then", "Also", "However", "Meanwhile",
                 "She", "One", "Two", "All", "Few", "Not", "But", "And", "Yet", "Now", "Its", "His", "Her", "Our", "Who", "Each"}
_HEADED_BY = gated(re.compile(rf"\b(?:headed|led)\s+by\s+{NAME}"))
_SPEAKER_NAME = gated(skipping(re.compile(rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(?=,?\s+(?:(?:meanwhile|however|in\s+turn|for\s+(?:his|her)\s+part|though|too),\s+)?(?:said|says|told|added|noted|stressed|warned|wrote|proposed|suggested|urged|met|held|spoke|visited|signed|called|welcomed|announced|had|tweeted|stated|posted|declared)\b)"), NAME_STARTS))  # (`re` skips to where a name may begin)
_UNNAMED_TITLE = title_gated(re.compile(rf"\b(?P<title>(?i:{TITLE}))(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:talks|negotiations|process))?)?(?=\s*(?:,|{'|'.join(SAYS)})\b)"), SAYS)
_COREF = skipping(re.compile(r"(?=\b[HhSsTt])(?:\b(?P<ministry>[Tt]he\s+(?:(?:[Ff]oreign\s+)?(?:[Mm]inistry|[Dd]epartment)|[Ee]mbassy)(?!\s+of\b))|\b(?P<pronoun>[Hh]e|[Ss]he|(?:His|Her)\s+(?:press\s+(?:office|service|secretary)|office|spokes(?:man|woman|person)))\b(?=\s+(?:\w+ly\s+)?(?:also\s+)?(?:(?:has|had)\s+)?(?:also\s+)?(?:said|says|told|added|noted|stressed|proposed|suggested|called|urged|warned|met|visited|spoke|stated|explained|underlined|emphasi[sz]ed|announced|tweeted|wrote|posted|reiterated|insisted|confirmed|underscored|highlighted|pointed\s+out|declared|revealed|(?:will|would|also)\s+(?:meet|visit|hold|travel)|held|hosted|received|arrived|signed|phoned))|\b[Tt]he\s+(?P<role>(?:deputy\s+)?(?:foreign\s+)?minister|envoy|diplomat|spokes(?:man|woman|person)|president|official|negotiator|mediator|secretary-general|ambassador|chancellor|prime minister)\b"
                    r"|\b[Tt]he\s+(?P<group>(?:armed|rebel|militant|insurgent|paramilitary)\s+(?:group|movement)|rebels|militia|insurgents)\b(?!\s+(?:of|in|from)\b))"), {(ord(c), False) for c in "HhSsTt"})  # (as its lookahead says)
_GOV_NOUN = re.compile(r"^\s+(?:(?:military|government|official|senior|high-level|technical|expert-level)\s+(?=delegations?\b|officials\b|officers\b|team\b)|(?:top|chief|senior)\s+(?=diplomat|negotiator|envoy|official)"
                       r"|(?:(?:UN-|internationally[\s-]|officially\s+)?recogni[sz]ed|[A-Z][\w.]*-(?:backed|supported)|interim|transitional|caretaker|military-led|"
                       r"military-backed|de\s+facto)\s+(?=[Gg]overnment\b|authorities\b|administration\b))?(?:presidency|[Gg]overnment|side|delegation|delegations|authorities|leadership|officials|diplomats|negotiators|mediators|representatives|delegates|officers|commanders|parliament|legislature|senate|Republic|republic|administration|state|cabinet|team"
                       r"|(?:(?:deputy\s+)?(?:[Ff]oreign|[Dd]efen[cs]e)\s+)?(?:minister|counterpart|envoy|ambassador|diplomat|negotiator|president|prime\s+minister|leader|chancellor)s?"
                       r"|(?:junta|military|army|intelligence|spy)\s+(?:chief|leader|ruler)s?)\b(?!\s+[A-Z])")
_TOPIC_NOUN = re.compile(r"^['’]?s?\s+(?:arms|embargo|sanctions|resolution|mission|peacekeepers|plan(?!\s+to\b)|initiative|charter|talks|crisis|conflict|war|issue|settlement|file|question|peace|refugees|situation|border|economy|capital|people|territory|region|dossier|track|conflict's|case)\b")
_PREPOSITION = fast_start(re.compile(r"\b(on|about|over|in|into|to|for|from|regarding|concerning|against|inside|within|across|around|toward|towards|of|between|with|at|near|by|and)\s+(?:the\s+)?$", re.I))  # (`re` skips to the first letters)
_PLACE_COMMA = re.compile(r"\b(?:in|at|near|to|from)\s+(?:the\s+)?(?P<town>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2}),\s*$")
_BOTH_KOREAS = gated(re.compile(r"\b(?:(?:South|North)\s+and\s+(?:North|South)\s+Koreas?|[Tt]he\s+two\s+Koreas)\b"))
#: One Korea named by its side, in a story that names a Korea: "the South said on Saturday" (round 142; not "the South China Sea", "the North Atlantic", "the South and the North")
_KOREA_SIDE = re.compile(r"\b[Tt]he\s+(?P<side>South|North)\b(?!\s+(?:[A-Z]|and\b|or\b)|\s*-)")


def _prep_before(text: str, start: int) -> str | None:
    before = _PREPOSITION.search(text[max(0, start - 30):start])
    return before.group(1).lower() if before else None


_STATES_PERSON = gated(re.compile(rf"\b[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s\s+(?P<name>[A-Z][a-zà-ÿĀ-ž'’-]+(?:\s[A-Z][a-zà-ÿĀ-ž'’-]+){{1,2}})\b"
                                  rf"(?!\s+(?:Ministry|Office|Council|Committee|Agency|Party|Forces|Army|News|Times|Post|Daily)|\s+{PLACE_NOUN})"))
_NOT_A_NAME = re.compile(rf"^(?:{TITLE})\b|\b(?:Ministry|Foreign|Defen[cs]e|Office|Council|Government|Parliament|Army|Forces|"
                         r"Deputy|Vice|Special|Chief|Prime|President|Minister|Secretary|Envoy|Ambassador|Spokesman|Spokeswoman|"
                         r"Spokesperson|National|State|Republic|Supreme|Central|Security|General)\b")
#: An embassy that speaks: "Norway's embassy in Mexico", "the U.S. Embassy in Beirut", "the Embassy of Qatar in Cairo"
_EMBASSY = re.compile(r"\b(?:[Tt]he\s+(?P<w3>[Ee]mbassy)\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)"
                      r"|(?P<pos>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+(?P<w1>[Ee]mbassy)|(?!The\b)(?P<adj>[A-Z][\w.]*)\s+(?P<w2>Embassy))"
                      r"(?:\s+in\s+(?P<city>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?))?")
_EMBASSY_PLACE = re.compile(r"\b(?:at|(?<!according\s)to|in|into|inside|outside|near|from|of|visited|opened|reopened|dedicated|inaugurated|"
                            r"closed|attacked|stormed|moved|relocated)\s+(?:the\s+)?(?:new\s+)?$", re.I)
#: Nouns that end the name of a gathering or a body, never a person's: "Commander Level Meeting", "Envoy Talks"
_EVENT_WORD = re.compile(r"\b(?:Meeting|Meetings|Talks|Summit|Conference|Round|Session|Dialogue|Forum|Consultations|"
                         r"Negotiations|Committee|Commission|Mechanism|Format|Process|Group)$")
#: "Foreign Ministry spokeswoman <a known official>": the ministry of her title
_MINISTRY_TITLE = re.compile(rf"\bForeign\s+Ministry\s+(?i:{TITLE})\s+$")
#: The rest of a title in an apposition, up to its comma: "(the spokesman) of the German Federal Government,"
_TITLE_TAIL = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]+\s*){1,6}(?=,)")
_LOCATIVE = {"in", "at", "to", "from", "near", "into", "inside", "within", "across", "around", "toward", "towards"}
_MINISTRY_WORD = {"foreign": "Foreign", "foreign affairs": "Foreign", "defence": "Defence", "defense": "Defence",
                  "interior": "Interior", "internal affairs": "Interior", "national defence": "Defence", "national defense": "Defence",
                  "external affairs": "Foreign", "external relations": "Foreign"}  # India's, Angola's foreign ministries (round 138)
#: Title words that never start a person's name
_TITLE_WORDS = {"Ambassador", "Minister", "Senator", "President", "Secretary", "Envoy", "Chairman", "Spokesman", "Spokeswoman"}
_FOREIGN_TITLES = re.compile(r"foreign|spokes|ambassador|envoy|secretary of state|permanent representative|negotiator", re.I)


@dataclass
class ActorMention:
    """An actor named in a sentence, with the preposition before it (None for a subject)."""

    start: int
    end: int
    key: str
    text: str
    prep: str | None = None
    topic: bool = False
    title: str | None = None


@dataclass
class Roster:
    """The lexicon plus what this article has introduced: new actors, surnames, the last ones named."""

    lexicon: Lexicon
    new: dict[str, Entry] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=Surnames)
    last: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    ministry_of: dict[str, str] = field(default_factory=dict)  # official -> the ministry their title names
    spelled: dict[str, str] = field(default_factory=dict)  # state -> its capital as this article spells it ("Kiev")

    def entry(self, key: str) -> Entry | None:
        """The entry for a key, from this article's new actors or the lexicon."""
        return self.new.get(key) or self.lexicon.entries.get(key)

    def name(self, key: str) -> str:
        """Display name of an actor key."""
        entry = self.entry(key)
        return entry.name if entry else key

    def ancestors(self, key: str) -> list[str]:
        """The actor and its parents."""
        out, new, known = [], self.new, self.lexicon.entries  # (`entry` inline: asked some 130 times an article)
        while key and key not in out and (entry := new.get(key) or known.get(key)):
            out.append(key)
            key = entry.parent or ""
        return out

    def state_of(self, key: str) -> str | None:
        """The top of the actor's parent chain (a state or organisation)."""
        top = (self.ancestors(key) or [None])[-1]
        entry = self.entry(top) if top else None
        if entry and entry.kind not in ("state", "organisation", "group") and entry.country:
            return self.lexicon.state_by_country.get(entry.country)
        return top

    def add(self, entry: Entry) -> str:
        """Register a new actor of this article and return its key."""
        self.new.setdefault(entry.key, entry)
        return entry.key

    def person(self, name: str, title: str | None, affiliation: str | None) -> str | None:
        """The key of an official named with a title (found in the lexicon or added as new); None for no name."""
        raw = re.sub(r"['’]s$", "", re.sub(r"\s+", " ", name).strip(" ,"))  # "President Ana Soto's office": Ana Soto
        name = clean_name(raw)
        if name is None:  # "the X Reunification Committee said": a body speaks (round 198); "Executive Secretary": none
            return self.add(Entry(f"new:{slug(raw)}", raw, *body_of(self.entry(affiliation) if affiliation else None, affiliation))) if body_name(raw) else None
        if len(name.split()) >= 3 and name.split()[0] in _TITLE_WORDS:  # "Ambassador Bernard Fassier" after another title
            name = name.split(" ", 1)[1]
        found = [m for m in self.lexicon.scan(name) if m.role == "actor" and m.end - m.start >= len(name) - 3]
        key = found[0].key if found else self.surnames.get(fold(name.split()[-1]))
        if key is None and " " not in name:  # "Kwon" after "Kwon Young-se"; "Abiy" after the lexicon's "Abiy Ahmed" (637)
            keys = {k for k, e in {**self.new, **{k: self.entry(k) for k in self.surnames.values()}}.items() if e is not None and e.kind == "official" and fold(name) in fold(e.name).split()}
            key = keys.pop() if len(keys) == 1 else None
        if affiliation is None and title and fold(title) in gazetteer.TITLE_STATES:  # "Unification Minister X": South Korea's
            affiliation = self.lexicon.state_by_country.get(gazetteer.TITLE_STATES[fold(title)])
        if key is None:
            key = f"new:{slug(name)}"
            parent = affiliation
            entry = self.entry(affiliation) if affiliation else None
            if entry is not None and entry.kind == "state" and title and _FOREIGN_TITLES.search(title) and entry.country:
                parent = self.lexicon.ministries.get((entry.country, "Foreign")) or affiliation
            country = entry.country if entry else None
            self.add(Entry(key, name, "official", country, parent))
        entry = self.new.get(key)
        if entry is not None and " " not in entry.name and len(name.split()) > 1 and fold(name).endswith(fold(entry.name)):
            entry.name = name  # first named by surname alone ("Olifer said"), now in full
        if entry is not None and entry.country is None and affiliation and self.entry(affiliation) is not None:
            state = self.entry(affiliation)  # first named bare ("Jane Doe said"), now with her state ("Chile's foreign minister Jane Doe")
            entry.country = state.country
            entry.parent = (self.lexicon.ministries.get((state.country, "Foreign")) if title and _FOREIGN_TITLES.search(title)
                            and state.kind == "state" else None) or affiliation
        self.surnames.setdefault(fold(name.split()[-1]), key)
        for other in filter(None, [name.split()[0] if named_by_first(name) else None, named_by_middle(name, self.lexicon)]):
            self.surnames.setdefault(fold(other), key)  # "Moon" for "Moon Jae-in" (454); "Darwish" for "Muhammad Darwish Ismail" (636)
        self.last["person"] = key
        if title:
            self.titles[key] = title.lower()
        return key

    def ministry(self, state: str | None, word: str, surface: str) -> str | None:
        """The key of a ministry of a state (found or added as new)."""
        entry = self.entry(state) if state else None
        if entry is None or not entry.country:
            return None
        key = self.lexicon.ministries.get((entry.country, word))
        if key is None:
            key = f"new:{entry.country.lower()}-{word.lower()}-ministry"
            label = "Foreign Affairs" if word == "Foreign" else word
            name = "U.S. Department of State" if entry.country == "USA" and word == "Foreign" else f"Ministry of {label} of {entry.name}"
            self.add(Entry(key, name, "ministry", entry.country, state, aliases=[surface]))
        return key


def _affiliation(mentions: list[Mention], before: int, text: str) -> tuple[str | None, int]:
    """A state adjective or (possessive) state name ending just before `before`: (key, start)."""
    for m in reversed(mentions):
        if m.start < before < m.end and m.role == "actor":  # the title repeats the ministry: "Russian Foreign Ministry spokeswoman"
            return m.key, m.start
        if m.end <= before and not text[m.end:before].strip(" .") and m.role in ("adjective", "actor", "capital"):
            return m.key, m.start
        if m.end <= before:
            break
    return None, before


def _coordinated(m: Mention, mentions: list[Mention], text: str) -> bool:
    """True for the first of coordinated adjectives before a government noun ("Chinese and US officials")."""
    for other in mentions:
        if other.start > m.end and other.role in ("adjective", "actor") and re.fullmatch(r"\s*(?:,|,?\s*and)\s*", text[m.end:other.start]):
            return bool(_GOV_NOUN.match(text[other.end:]) or _coordinated(other, mentions, text))
    return False


def _state_key(roster: Roster, text: str | None) -> str | None:
    if not text:
        return None
    for m in roster.lexicon.scan(text):
        if m.role in ("actor", "adjective", "capital"):
            return m.key
    return None


def _inside_processes(text: str, mentions: list[Mention], roster: Roster) -> list[Mention]:
    """The parties a process's name spells out ("peace talks between Russia and Ukraine", "talks between the Venezuelan
    government and the opposition"): the longest match took the whole phrase as the process, and its parties with it."""
    out: list[Mention] = []
    for m in mentions:
        if m.role != "process" or " between " not in m.text:
            continue
        start = m.start + m.text.index(" between ") + len(" between ")
        out += [Mention(x.start + start, x.end + start, x.text, x.role, x.key, x.possessive)
                for x in roster.lexicon.scan(text[start:m.end]) if x.role in ("actor", "adjective", "capital")]
    return out


def find_actors(text: str, roster: Roster, scanned: list[Mention] | None = None) -> list[ActorMention]:
    """Actors named in one sentence (quote markers already removed), in order, not overlapping."""
    mentions = scanned if scanned is not None else roster.lexicon.scan(text)
    mentions = sorted(mentions + _inside_processes(text, mentions, roster), key=lambda m: m.start)
    found: list[ActorMention] = []
    spans: list[tuple[int, int]] = []

    def take(start: int, end: int, key: str | None, title: str | None = None, prep: str | None = None) -> None:
        if key is None or any(start < e and s < end for s, e in spans):
            return
        spans.append((start, end))
        found.append(ActorMention(start, end, key, text[start:end], prep=prep, title=title))

    before_title: list[tuple[str, int]] = []  # (ministry, end) of "<ministry> spokesman <Name>"
    last_before = dict(roster.last)  # who "he" and "the ministry" were before this sentence named anyone
    for m in mentions:  # store officials and ministries named in full come first
        entry = roster.entry(m.key)
        if entry and entry.kind == "ministry" and TITLE_THEN_NAME.match(text, m.end):
            spans.append((m.start, m.end))  # "Kazakh Foreign Ministry spokesman Aibek Smadiyarov": the person is the actor
            before_title.append((m.key, m.end))
            continue
        if m.role == "actor" and entry and entry.kind in ("official", "ministry"):
            affiliation, start = _affiliation([x for x in mentions if x.end <= m.start], m.start, text)
            take(start if m.start - start < 40 else m.start, m.end, m.key)
            if entry.kind == "official":
                roster.last["person"] = m.key
                words = m.text.split()
                if len(words) > 1:  # a known official named in full: the surname alone names them in this article
                    roster.surnames.setdefault(fold(re.sub(r"['’]s$", "", words[-1])), m.key)
                    if named_by_first(m.text):
                        roster.surnames.setdefault(fold(words[0]), m.key)
            else:
                roster.last["ministry"] = m.key
    for rx in (_PERSON_AFTER_TITLE, _PERSON_APPOSITION, _HEAD_THEN_NAME, _NAME_THEN_HEAD, _HEAD_APPOSITION, LONG_TITLE, _BODY_HEAD, _HEAD_BODY):
        for p in rx.finditer(text):
            name = p.group("name")
            if any(m.role == "actor" and m.start <= p.start("name") < m.end and roster.entry(m.key).kind != "official"
                   for m in mentions) or name.split()[0] in ("On", "In", "The", "At", "During"):
                continue
            if _EVENT_WORD.search(name):
                continue  # "Corps Commander Level Meeting", "Foreign Minister Talks": a gathering named after a title
            of = p.group("of") if rx is _PERSON_AFTER_TITLE else None
            head = next((m for m in roster.lexicon.scan(of) if m.role == "actor"), None) if of and " " in of else None
            if head is not None and head.start == 0 and " " not in name and re.fullmatch(r"\s+[A-Z][\w'’-]+", of[head.end:]):
                name, of = f"{of[head.end:].strip()} {name}", of[:head.end]  # "Foreign Minister of Azerbaijan Jeyhun Bayramov"
            if of and " " not in name.strip() and (_state_key(roster, of) is None or _NOT_A_NAME.search(name)):
                continue  # "secretary general of the Andean Community", "spokeswoman of the Russian Foreign Ministry": no person
            if rx is _PERSON_AFTER_TITLE:
                affiliation, start = _affiliation(mentions, p.start(), text)
                if affiliation is None:  # "Kazakhstan's Deputy Prime Minister and Foreign Minister X", "Pakistan Chief of
                    affiliation, start = state_before_title(mentions, p.start(), text)  # Army Staff General X" (1010)
                if not (p.group("prep") == "for" and affiliation is not None):  # "EU Special Envoy for Belgrade-Pristina dialogue": the EU's
                    affiliation = _state_key(roster, of or p.group("of3")) or affiliation
            else:
                affiliation, start = _state_key(roster, p.groupdict().get("aff")) or _state_key(roster, p.group("of")), p.start()
            title = p.group("title")
            aide = _AIDE_TO.search(text[max(0, p.start() - 60):p.start()]) if rx is _PERSON_AFTER_TITLE else None
            if aide:  # "adviser to the German chancellor Jens Doe": an adviser, no chancellor (round 170)
                title = f"{aide.group('aide').lower()} to the {title}"
            affiliation = None if FORMER.search(text, max(0, start - 8), start) else affiliation  # a former office: no state (1012)
            key = roster.person(name, title, affiliation)
            take(start, p.end(), key, title)
    for start, end, key in named_of_state(text, roster):  # "Foreign Minister Luis Vera of Peru" (round 363)
        take(start, end, key)
    for p in _STATES_PERSON.finditer(text):  # "Peru's Luis Vera": a person of that state, named without a title
        state = next((m for m in mentions if m.start == p.start() and m.role == "actor" and roster.entry(m.key) is not None
                      and roster.entry(m.key).kind == "state"), None)
        name = p.group("name")
        if state is None or name.split()[0] in _TITLE_WORDS or _NOT_A_NAME.search(name) or roster.lexicon.scan(name) or roster.lexicon.place(name) or any(
                s < p.end() and p.start("name") < e for s, e in spans):
            continue
        take(p.start("name"), p.end("name"), roster.person(name, None, state.key))
    for p in _HEADED_BY.finditer(text):  # "the Iranian delegation is headed by Ali Asghar Khaji, senior assistant to ..."
        if any(m.role == "actor" and m.start <= p.start("name") < m.end for m in mentions):
            continue
        near = [m for m in mentions if m.end <= p.start() and p.start() - m.end < 40 and m.role in ("actor", "adjective")]
        take(p.start("name"), p.end("name"), roster.person(p.group("name"), "head of delegation", near[-1].key if near else None))
    for p in _EMBASSY.finditer(text) if "mbassy" in text else ():  # "Norway's embassy in Mexico said": the embassy speaks, and its state with it
        if _EMBASSY_PLACE.search(text[max(0, p.start() - 30):p.start()]):
            continue  # "dedicated the Israeli Embassy", "a protest outside the embassy": a building, no actor
        state = _state_key(roster, p.group("pos") or p.group("adj") or p.group("of"))
        entry = roster.entry(state) if state else None
        if entry is None or entry.kind != "state" or not entry.country:
            continue
        town = roster.lexicon.place(p.group("city")) if p.group("city") else None
        name = f"Embassy of {entry.name}" + (f" in {town[0]}" if town else "")
        key = roster.add(Entry(f"new:{slug(name)}", name, "ministry", entry.country, state))
        take(p.start(), p.end("city") if town else max(p.end(g) for g in ("w1", "w2", "of") if p.group(g)), key)
        roster.last["ministry"] = key  # "…, the embassy said" in a later sentence (round 374)
    for p in _KREMLIN.finditer(text):  # "The Kremlin said": the Russian presidency speaks, and Russia with it (round 164)
        if _prep_before(text, p.start()) is None:
            state = roster.lexicon.state_by_country.get("RUS")
            take(p.start(), p.end(), roster.add(Entry("new:kremlin", "Kremlin", "ministry", "RUS", state)) if state else None)
    for p in (p for p in _MINISTRY.finditer(text) if not p.group("word6") or _affiliation(mentions, p.start(), text)[0]):
        if p.group("state_dept"):  # (word6, "Saudi foreign ministry", only after its state: "the foreign ministry" is _COREF's)
            state = roster.lexicon.state_by_country.get("USA")
        elif p.group("of"):
            state = _state_key(roster, p.group("of"))
        else:
            state = _affiliation(mentions, p.start(), text)[0] or roster.lexicon.state_by_country.get(ministry_country(p.group("word2")) or "")
        affiliation, start = _affiliation(mentions, p.start(), text)
        word = _MINISTRY_WORD.get(fold(p.group("word") or p.group("word2") or p.group("word3") or p.group("word4") or p.group("word6") or p.group("word5") or "foreign"), "Foreign")
        key = roster.ministry(state, "Defence" if p.group("pentagon") else word, text[start:p.end()])
        if key and TITLE_THEN_NAME.match(text, p.end()):  # "State Department spokesman X": X is the actor, and the
            before_title.append((key, p.end()))  # department speaks with X, as a store ministry before a title (736)
        elif key:
            roster.last["ministry"] = key
            take(start if state == affiliation else p.start(), p.end(), key)
    for start, end, key, app_end, speaks in apposed_speakers(text, roster):  # "Luis Vera, an adviser to the Chilean
        take(start, end, key)  # president, said" (202): the apposition's own actors are the person's; its ministry speaks
        inside = [a for a in found if end < a.start and a.end <= app_end and a.key != key]  # too, but after "said" (975)
        roster.ministry_of.update({key: a.key for a in inside if speaks and (roster.entry(a.key) or Entry("", "", "")).kind == "ministry"})
        found[:] = [a for a in found if a not in inside]
    for p in _SPEAKER_NAME.finditer(text):
        words = p.group("name").split()
        if re.search(r"\b(?:of|for)\s+(?:the\s+)?$", text[max(0, p.start() - 9):p.start()]):
            continue  # "X, deputy secretary general of the Andean Community, said": an organisation, not a speaker
        if any(m.start < p.end() and p.start() < m.end for m in mentions) or words[0] in ("The", "On", "In") \
                or any(p.start() < e and s < p.end() for s, e in spans):
            continue
        near = [m for m in mentions if m.end <= p.start() and p.start() - m.end < 40 and m.role in ("actor", "adjective", "capital")
                and "." not in text[m.end:p.start()]]
        affiliation = roster.state_of(near[-1].key) if near else None
        take(p.start(), p.end(), roster.person(p.group("name"), None, affiliation))
    for p in _NAMED_PARTY.finditer(text):  # "met Luis Vera in Lima", "Ana Soto, who heads …, met": a person with no title
        name = p.group("met") or p.group("who")
        words = name.split()
        start = p.start("met") if p.group("met") else p.start("who")
        if any(w in _NOT_SURNAMES or w in _NOT_NAME_WORDS for w in words) or roster.lexicon.scan(name) or roster.lexicon.place(name) \
                or any(roster.lexicon.place(w) or roster.lexicon.scan(w) for w in words):
            continue
        take(start, start + len(name), roster.person(name, None, None))
    lone = _LONE_SURNAME.match(text)  # "Olifer told Interfax ...": a speaker named by surname alone
    if lone and lone.group("name") not in _NOT_SURNAMES and not roster.lexicon.scan(lone.group("name")) \
            and not roster.lexicon.place(lone.group("name")) and not any(s < lone.end("name") for s, _ in spans):
        take(lone.start("name"), lone.end("name"), roster.person(lone.group("name"), None, None))
    for start, end, key in titled_persons(text, roster):  # "The Peruvian envoy said": the one named before (round 275)
        take(start, end, key, None, _prep_before(text, start))  # "met with the UN chief" (round 403)
    for p in _UNNAMED_TITLE.finditer(text):  # "the U.N. special envoy for Syria said": the envoy's organisation
        affiliation, start = _affiliation(mentions, p.start(), text)
        if affiliation and start < p.start():
            take(start, p.end(), affiliation, p.group("title"))
    for p in re.finditer(r"\b[A-Z][\w'’-]+", text) if roster.surnames.may_be_in(text) else ():  # (none learnt, or none there)
        word = p.group()[:-2] if p.group().endswith(("'s", "’s")) else p.group()  # no possessive 's (no re.sub a word)
        if (key := roster.surnames.get(fold_word(word))) is not None:  # (one fold and lookup a word: most are no surname)
            take(p.start(), p.start() + len(word), key)
    for m in mentions:
        if m.role not in ("actor", "capital", "adjective"):
            continue
        entry = roster.entry(m.key)
        if m.role == "adjective" and (not _GOV_NOUN.match(text[m.end:]) or former_office(text, m.start, m.end)) and not _coordinated(m, mentions, text):
            continue
        before = _PREPOSITION.search(text[max(0, m.start - 30):m.start])
        prep = before.group(1).lower() if before else None
        town = _PLACE_COMMA.search(text[max(0, m.start - 50):m.start]) if prep is None and entry is not None and entry.kind == "state" else None
        if town and (place := roster.lexicon.place(town.group("town"))) and (not roster.lexicon.scan(town.group("town")) or place[1] == entry.country):
            prep = "in"  # "in Quito, Ecuador", "in Dushanbe, Tajikistan" (its own capital, round 575): the country says where
        if m.role == "capital" and (prep in _LOCATIVE or m.start == 0 and text[m.end:m.end + 1] in ".,"
                                    or re.search(r"\b(?:capital|city|town)\s+(?:city\s+)?(?:of\s+)?,?\s*$", text[max(0, m.start - 20):m.start])):
            continue  # "in the Norwegian capital Oslo": the place, not the government
        end = m.end
        if m.role == "adjective" and _GOV_NOUN.match(text[m.end:]):
            end += _GOV_NOUN.match(text[m.end:]).end()
        topic = bool(_TOPIC_NOUN.match(text[end:])) or (m.possessive and entry is not None and entry.kind == "state"
                                                          and not _GOV_NOUN.match(text[end:]))
        before_spans = len(spans)
        take(m.start, end, m.key)
        if len(spans) > before_spans:
            if prep == "and":
                earlier = [a for a in found[:-1] if a.end <= m.start and m.start - a.end < 40]
                prep = earlier[-1].prep if earlier else None
            found[-1].prep, found[-1].topic = prep, topic
            if entry and entry.kind == "official":
                roster.last["person"] = m.key
            if entry and entry.kind in ("organisation",):
                roster.last["organisation"] = m.key
            if entry and entry.kind == "group":
                roster.last["group"] = m.key  # "the armed group said" in a later sentence (round 129)
    koreas = {roster.lexicon.state_by_country.get(iso): iso for iso in ("KOR", "PRK")}
    if any(a.key in koreas for a in found):
        roster.last["korea"] = "named"
    for p in _KOREA_SIDE.finditer(text) if roster.last.get("korea") else ():
        key = roster.lexicon.state_by_country.get("KOR" if p.group("side") == "South" else "PRK")
        if key is not None and not any(s < p.end() and p.start() < e for s, e in spans):
            take(p.start(), p.end(), key)
            found[-1].prep = _prep_before(text, p.start())
    for p in _BOTH_KOREAS.finditer(text):  # "South and North Korea", "the two Koreas": both states
        keys = [roster.lexicon.state_by_country.get(iso) for iso in ("KOR", "PRK")]
        if None in keys or any(s < p.start() < e or s < p.end() < e for s, e in spans):
            continue
        found[:] = [a for a in found if not (a.start >= p.start() and a.end <= p.end())]
        spans[:] = [sp for sp in spans if not (sp[0] >= p.start() and sp[1] <= p.end())] + [(p.start(), p.end())]
        prep = _prep_before(text, p.start())
        found += [ActorMention(p.start(), p.end(), key, p.group(), prep=prep) for key in keys]
    for start, end, key in bare_governments(text, mentions, roster):  # "the government" of the state named (round 203)
        take(start, end, key)
    for p in _COREF.finditer(text):
        if p.group("ministry"):
            key = roster.last.get("ministry")
        elif p.group("group"):  # the group named last: "M23 … On Friday, the armed group said"
            earlier = [a.key for a in found if a.end <= p.start() and (roster.entry(a.key) or Entry("", "", "")).kind == "group"]
            key = earlier[-1] if earlier else last_before.get("group")
            if key is None:
                continue
        elif p.group("pronoun"):  # the last person named before the pronoun ("He said that X will ..." is not X)
            earlier = [a.key for a in found if a.end <= p.start() and (roster.entry(a.key) or Entry("", "", "")).kind == "official"]
            speech = re.match(r"\s+(?:\w+ly\s+)?(?:also\s+)?(?:said|says|told|added|noted|stressed|stated|explained|underlined|emphasi[sz]ed)",
                              text[p.end():])  # "He added": the last speaker, not the last person named
            speaker = last_before.get("speaker") if speech and last_before.get("person") == last_before.get("person at speaker") else None
            key = earlier[-1] if earlier else speaker or last_before.get("person")
        else:
            role = p.group("role").lower()
            key = next((k for k, t in reversed(list(roster.titles.items())) if role.split()[-1] in t), None)
            key = key or roster.last.get("person")
        take(p.start(), p.end(), key)
    for p in _GOV_AND_OPPOSITION.finditer(text):  # "the Syrian government and the armed opposition": the Syrian opposition
        state = next((f for f in reversed(sorted(found, key=lambda a: a.start)) if f.end <= p.start("opp") and p.start("gov") - f.end <= 3
                      and (roster.entry(f.key) or Entry("", "", "")).kind == "state"), None)
        group = _opposition_of(state.key, roster) if state else None
        if group:
            take(p.start("opp"), p.end("opp"), group)
    for a in found:  # an official named with a ministry ("Foreign Ministry spokesman X") acts with that ministry
        entry = roster.entry(a.key)
        if entry is None or entry.kind != "official":
            continue
        ministry = next((k for k, end in before_title if 0 <= a.start - end <= 40), None)
        if ministry is None and ("foreign ministry" in (a.title or "").lower() or "Foreign Ministry" in a.text
                                 or _MINISTRY_TITLE.search(text[max(0, a.start - 60):a.start])):
            parent = roster.entry(entry.parent) if entry.parent else None
            ministry = entry.parent if parent is not None and parent.kind == "ministry" else \
                roster.ministry(roster.state_of(a.key), "Foreign", a.title)
        if ministry:
            roster.ministry_of[a.key] = ministry
    found.sort(key=lambda a: a.start)
    owned_subjects(text, found, roster)  # "The government of Peru said": Peru speaks (round 204); rounds 1285-1286
    as_their_state(text, found, roster)  # "the Trump administration": the United States (round 274)
    for i, a in enumerate(found):  # "Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said": she speaks
        entry = roster.entry(a.key)
        tail = _TITLE_TAIL.match(text, a.end) if entry is not None and entry.kind == "official" and i > 0 \
            and found[i - 1].key == a.key and text[found[i - 1].end:a.start].strip() == "," else None
        if tail is None:
            continue
        inside = [b for b in found[i + 1:] if b.start < tail.end()]
        for b in inside:  # the body her title names speaks with her (assemble adds the ministry), it is no party of its own
            if (roster.entry(b.key) or Entry("", "", "")).kind == "ministry":
                roster.ministry_of.setdefault(a.key, b.key)
        found[i] = ActorMention(a.start, tail.end(), a.key, text[a.start:tail.end()], a.prep, a.topic, a.title)
        del found[i + 1:i + 1 + len(inside)]
        break  # one apposition a sentence: the list changed under the loop
    return found
