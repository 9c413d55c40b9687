"""Where an event happened: "in/at <place>", a capital named by its state, "X is set to host", "here" under a dateline."""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract import gazetteer, landmarks
from tracker.extract.adjective_towns import adjective_town
from tracker.extract.epithet_places import epithet_place
from tracker.extract.capital_hosts import capital_host
from tracker.extract.mentions import Roster
from tracker.extract.premises import housed
from tracker.extract.title_places import posted_at
from tracker.extract.prefilter import fast_start, gated

#: "the Saudi city of", "the truce village of", "the Black Sea resort of", "the Kazakh capital city of", "the Saudi Red
#: Sea city of" (three words before the kind: round 453)
#: "the rebel stronghold of", "the Greek island of", "the Gulf emirate of" (round 642); a region, a province or a district
#: only after lower-case words ("the semi-autonomous region of Zanzibar"; "the Kurdistan region of Iraq" names the region)
_KIND_OF_PLACE = (r"(?:[\w'’-]+\s+){0,3}?(?:(?:city|village|town|resort|capital|port|island|stronghold|enclave|emirate|oasis|"
                  r"hometown|suburb)(?:\s+city)?\s+of\s+"
                  r"|(?:[a-z][\w'’-]*\s+){0,3}?(?:region|province|district)\s+of\s+"
                  r"|capital(?:\s+city)?,?\s+(?=[A-Z]))")  # also "in the capital Naypyidaw", "in the capital, Muscat"
#: A place's name of up to three capitalised words, one of them after the lower-case Arabic article ("Sharm al-Sheikh",
#: "Deir ez-Zor", "Ras al-Khaimah"), which the plain capitalised run cut at "Sharm" (round 1065)
_PLACE_NAME = r"(?P<place>[A-Z][\w'’.-]+(?:[ -](?:(?:al|el|ez|ad|ed|ar|as|ash|at|az|an|ul)-)?[A-Z][\w'’-]+){0,2})"
_VISIT_VENUE = re.compile(rf"\b(?:in|at|to|visit|visited|visits|visiting|(?<=left\s)for|(?<=leave\s)for|(?<=leaves\s)for|(?<=departed\s)for|(?<=departs\s)for|(?<=depart\s)for|(?<=off\s)for|(?<=day\s)for)\s+(?:the\s+)?(?:{_KIND_OF_PLACE})?{_PLACE_NAME}")
_CAPITAL_OF = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(?:(?P<adj>[A-Z][\w'’-]+)\s+capital\b|(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+capital\b"
                         r"|capital\s+(?:city\s+)?of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))")
#: When, told between the host and its verb: "Egypt on Thursday hosted", "Qatar yesterday hosted", "Oman last week hosted",
#: "Norway has again hosted" (round 640: the subject's place is no less the host with the day before the verb)
#: The day as wires write it, in either order and with its year: "July 19", "19 July", "July 19, 2025" (round 802)
_DAY_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
              r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+\d{4})?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_HOST_WHEN = (r"(?:(?:has|have)\s+|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to\s+|will\s+|would\s+|to\s+)?"
              r"(?:(?:also|again|jointly|once\s+again|already)\s+)?"
              rf"(?:(?:on\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+{_DAY_MONTH})?,?\s+"
              rf"|(?:yesterday|today|tonight)(?:,\s+{_DAY_MONTH},)?\s+|(?:last|this)\s+(?:week|weekend|month|{_WEEKDAY})\s+"
              rf"|earlier\s+this\s+(?:week|month)\s+|on\s+{_DAY_MONTH},?\s+)?")
#: (the verb may also stand behind an auxiliary and adverbs or "agreed to": "Norway will once again host", "Qatar has agreed
#: to host", "Chile has hosted"; round 681; an offer to host fixes no place)
_HOSTS = gated(re.compile(r"\b(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?:,[^,]{1,60},)?\s+" + _HOST_WHEN
                          + r"(?:(?:is|are|was|were|has|have|had|will|would|shall)\s+)?"
                          r"(?:(?:once\s+again|again|also|already|now|soon|[a-z]+ly|set|due|expected|scheduled|agreed|be|been)\s+){0,3}"
                          r"(?:to\s+)?host(?:s|ed)?\b(?!\s+by\b)"))
#: "Munich is hosting the conference", "Lima will be hosting the summit" (round 433; read only when "hosting" is there)
_HOSTING = re.compile(r"\b(?P<place>[A-Z][\w'’.-]+)(?:,[^,]{1,60},)?\s+(?:is|was|are|were|will\s+be)\s+hosting\b")
_TOPIC_BEFORE = fast_start(re.compile(r"\b(?:settlement|situation|conflict|war|crisis|peace|ceasefire|truce|fighting|violence|humanitarian|process|war-torn|"
                           r"terrorism|stability|security|tensions|escalation|reconstruction|normalization|solution)\s+"
                           r"(?!(?:talks|negotiations|conference|summit|meetings?|consultations|session|round)\s+$)(?:\w+\s+)?$", re.I))
#: (a gathering noun between them is where the place is told: "the peace talks in South Africa", round 584)
#: Nouns whose "in <place>" is what they are about, town or country: "the war in Gaza", "the fighting in Khartoum";
#: participles of where people are
_TOPIC_RIGHT_BEFORE = gated(re.compile(r"\b(?:war|conflict|crisis|ceasefire|cease-fire|truce|fighting|violence|hostilities|attacks?|offensive|"
                                       r"strikes|shelling|bombing|clashes|escalation|hostages|blockade|siege|unrest|protests|famine|"
                                       r"refugees|troops|operations?|deaths?|casualties|bloodshed|situation|"
                                       # where people are, not where the event is: "the Rohingyas living in Bangladesh",
                                       # "the soldiers stationed in Gao" (round 1067)
                                       r"living|residing|sheltering|sheltered|stranded|stationed|trapped|displaced|"
                                       r"detained|jailed|imprisoned)\s+$", re.I))
#: Premises of a mission, where an event can be held: "at the OSCE Mission in Skopje" (not "the UN Mission in Kosovo said")
_AT_THE_MISSION = re.compile(r"\b(?:[Aa]t|[Ii]nside|visit(?:ed|s|ing)?)\s+the\s+(?:[A-Z][\w.'’-]*\s+){0,4}Mission\s+$")
#: (also fronted: "Hosted by Qatar, the talks began on Tuesday", round 643)
_HOSTED_BY = re.compile(r"\b(?:[Hh]osted|[Oo]rgani[sz]ed)\s+by\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?)(?!\s+(?:President|Foreign|Prime|King|Emir|Minister|Sultan|Crown))")
#: A visit that sets the scene of another event: "who is visiting Lima", "during her visit to Peru", "on a trip to Oslo"
_VISITING = re.compile(r"\b(?:visiting|(?:visit|trip|tour)\s+(?:to|of))\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})")
#: The dateline's country named as "the country": "who is on a visit to the country", "arrived in the kingdom"
_THE_COUNTRY = gated(re.compile(r"\b(?:visit|trip|arrived|arrives|travelled|traveled|came)\s+(?:to|in)\s+the\s+(?:country|kingdom|republic|emirate)\b"))
#: The capital named alone, under a dateline that is one: "met … in the capital on Tuesday" (not "the capital of X",
#: "the capital, Muscat", "the capital's mayor")
_THE_CAPITAL = fast_start(re.compile(r"\bin\s+the\s+capital\b(?!\s+(?:city\s+)?of\b|,?\s+[A-Z]|['’]s)"))
_HERE = gated(re.compile(r"\b(?:here|in\s+(?:this|our)\s+(?:capital|city|town)|in\s+the\s+city)\b(?!\s+of\b)"))
#: A named building or landmark, the most specific place a text gives: "at the Great Hall of the People", "at the White
#: House", "in Mount Kumgang", "at Camp David", "at the Palais des Nations"
#: A word each of `_LANDMARK`'s names holds
_LANDMARK_WORDS = ("Hall", "Palace", "House", "Castle", "Villa", "Pavilion", "Centre", "Center", "Residence", "Mansion",
                   "Mount", "Camp", "Kremlin", "Palais")
_LANDMARK = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’-]+\s+){1,3}(?:Hall|Palace|House|Castle|Villa|Pavilion|"
                       r"Centre|Center|Residence|Mansion)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?|Mount\s+[A-Z][\w'’-]+|"
                       r"Camp\s+David|Kremlin|Palais\s+des\s+Nations|Elysee\s+Palace|Élysée\s+Palace)")
#: A state by its formal name, "the Kingdom of Cambodia", "the Republic of South Sudan", "the Hashemite Kingdom of Jordan",
#: "the State of Qatar": protocol and communiqué style names the host state so, and the plain reading stops at "of"
_FORMAL_STATE = gated(re.compile(r"\b(?:in|at|to|visit(?:ed|s|ing)?)\s+the\s+(?P<place>(?:[A-Z][\w'’-]+\s+){0,3}"
                                 r"(?:Kingdom|Republic|Sultanate|State|Emirate|Principality|Federation)\s+of\s+(?:the\s+)?"
                                 r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"))
#: Premises placed by their town: "in the Geneva-based UN headquarters", "at the Vienna-based agency's offices" (not "an
#: analyst at the London-based think tank": an institution named by its town is no room where an event is held)
_BASED_PREMISES = re.compile(r"[A-Z][\w'’.-]*-based\s+(?:[\w'’.-]+\s+){0,3}?(?:headquarters|offices?|premises|building|"
                             r"compound|secretariat|seat|mission|embassy|consulate)\b")
#: "his China tour", "a Gulf trip": for a visit, the place before the noun
_TOUR = re.compile(r"\b(?:his|her|their|its|a|the)\s+(?:[a-z]+\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:tour|trip|visit)\b")
#: "(met) in Shire", "(held talks) in Tsalka": one capitalised word after "in", within 40 characters of the event's verb,
#: that no table knows, then a stop, a comma, a date word or a preposition (not "in Tigray's capital", not "in March")
_UNKNOWN_TOWN = re.compile(r"[^.;⟦]{0,40}?\bin\s+(?P<place>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=\s*[,.;]|\s+(?:on|early|late|last|this|next|in|at|"
                           r"during|for|from|to|with|between|after|before|yesterday|today)\b)")
#: A border post named by its place: "at the Chushul-Moldo border meeting point", "at the Tacna border crossing"
_BORDER_POINT = gated(re.compile(r"\b(?:at|in)\s+the\s+(?P<place>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)\s+border\b"
                                 r"(?:\s+(?:meeting\s+point|point|crossing(?:\s+point)?|post|checkpoint))?(?!\s+(?:of|between|with)\b)"))
#: "in Tindouf, Algeria": a town and the state it lies in, the state ending its phrase ("in Munich, Russia will" is none)
_TOWN_OF_STATE = fast_start(re.compile(r"\b(?:in|at|near)\s+(?P<place>[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]+)?),\s+(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                            r"(?=\s*[,.;)]|\s*$|\s+(?:on|in|at|as|for|during|last|this|earlier|yesterday|today|to|with|after|before)\b)"))
#: "in Naqoura in southern Lebanon": a town no table knows, placed by the region of its state that follows it (round 380)
_TOWN_IN_REGION = gated(re.compile(r"\b(?:in|at|near)\s+(?P<place>[A-Z][a-z]{2,}(?:[- ][A-Z][a-z]+)?)\s+in\s+(?:the\s+)?(?:(?:far\s+)?"
                                   r"(?:southern|northern|eastern|western|central|south-?eastern|south-?western|north-?eastern|"
                                   r"north-?western|south|north|east|west)\s+)(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"))
_NOT_TOWNS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
              "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "English", "Arabic",
              "Russian", "French", "Spanish", "Chinese", "Person", "Public", "Private", "Parliament", "Congress"}
_VENUE = fast_start(re.compile(rf"\b(?:in|at|near|on(?=\s+the\s+(?:[\w'’-]+\s+){{0,3}}?island\s+of\b))\s+(?:the\s+)?(?:{_KIND_OF_PLACE})?{_PLACE_NAME}"))
#: A place the sentence opens with, before its comma or its day: "In Paris, Yermak met …", "In Lima on Tuesday, …" (round 116)
_FRONTED = re.compile(rf"^\s*In\s+(?:the\s+)?(?:{_KIND_OF_PLACE})?{_PLACE_NAME}"
                      r"(?=\s*,|\s+(?:on|last|this|earlier|late|early|today|yesterday|tonight)\b)")  # "In Lima today," (681)


#: A title that names the state an official is posted to: "the UN envoy to Yemen", "Ambassador to Russia" (round 452)
_ENVOY_TO = re.compile(r"\b(?:[Ee]nvoys?|[Aa]mbassadors?|[Rr]epresentatives?|[Ee]missar(?:y|ies)|[Cc]oordinators?|[Mm]ediators?|"
                       r"[Cc]ommissioners?|[Dd]elegates?|[Cc]onsuls?)\s+$")
#: A process or a document named after a town: "in the Astana format", "the principles in the Ankara Declaration"
_NAMED_AFTER = re.compile(r"[ -](?:[Ff]ormat|[Pp]rocess|track|Declaration|Agreement|Accords?|Communiqu[eé]|Memorandum|Protocol|"
                          r"Initiative|Formula|Plan|Document|Charter|Statement)\b")
#: Talks named after their town: "a pause in the Vienna talks", "issues in Vienna negotiations" (round 529)
_TOWN_NAMES_TALKS = re.compile(r"\s+(?:talks|negotiations)\b")
#: A place that the clause of the event refers back to: "visited Lima on Monday, where he met …", "in Lima, where"
_WHERE = re.compile(r"\b(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})(?:\s+(?:on|last|this|earlier)\s+\w+)?,\s+where\b")
#: A trip whose purpose is the event: "travelled to Lima on Monday to meet …", "will fly to Doha for talks with …"
#: (or left for it: "left for Astana to take part in the meeting", "departed for Geneva for talks", "set off for Doha to
#: join the negotiations"; round 882)
_TRIP_TO = gated(re.compile(rf"\b(?:(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|went|go(?:es|ing)?|came|comes?|coming|head(?:s|ed|ing)?|"
                      rf"arrive[sd]?|arriving|return(?:s|ed|ing)?)\s+(?:back\s+)?(?:from\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?\s+)?to"
                      rf"|(?:left|leaves?|leaving|departed|departs?|departing|set(?:s|ting)?\s+(?:off|out)|head(?:s|ed|ing)?|"
                      rf"(?:fl(?:y|ies|ew|ying)|sail(?:s|ed|ing)?)\s+out)\s+for)\s+(?:the\s+)?(?:{_KIND_OF_PLACE})?"
                      rf"{_PLACE_NAME}"))
_FOR_IT = re.compile(r"\bto\s+(?:\w+\s+)?(?:meet|hold|attend|sign|take\s+part|participate|join|discuss|negotiate|"
                     r"(?:resume|continue|restart|reopen)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|dialogue))\b"
                     r"|\bfor\s+(?:\w+\s+)?(?:talks|negotiations|a\s+meeting|meetings|consultations)\b"  # "to resume talks" (737)
                     # a gathering named in full as the trip's purpose: "went to Geneva for the informal 5+1 meeting", "flew
                     # to Astana for this year's summit" (round 990; not "for the first time since the talks")
                     r"|\bfor\s+(?:a|an|the|their|its|his|her|this|next|new)\s+(?:year['’]s\s+)?"
                     r"(?:(?!(?:time|since|after|before|ahead|following|of|in|on|with|to|and)\b)[\w'’+-]+\s+){0,3}?"
                     r"(?:talks|negotiations|meetings?|consultations|summit|conference|round|session|dialogue)\b")
#: A place left after the event: "departed Cairo late Saturday following talks with …", "left Doha after a meeting with"
_LEFT_AFTER = gated(re.compile(rf"\b(?:left|leaves|leaving|departed|departs|departing)\s+(?:the\s+)?(?:{_KIND_OF_PLACE})?"
                               r"(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+(?:[\w-]+\s+){0,3}?(?:after|following)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|negotiations|consultations)\b"))
#: The town a visitor left: "left Asmara on Monday after a two-day visit to Eritrea" (round 646; not "left for Asmara")
_LEFT_TOWN = gated(re.compile(r"\b(?:left|leaves|leaving|departed|departs|departing)\s+(?!for\b)(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})"))
#: A building named by its town: "met behind closed doors in a Doha hotel"
_TOWN_BUILDING = gated(re.compile(r"\b(?:in|at)\s+(?:a|an|the)\s+(?P<place>[A-Z][\w'’-]+)\s+(?:hotel|building|villa|residence|guesthouse|compound|"
                                  r"conference\s+(?:hall|centre|center)|palace)\b"))
#: A town's possessive before a building it names: "in Lima's presidential palace", "at Lima's Torre Tagle Palace"
_TOWNS_OWN = re.compile(r"['’]s$")
#: What a state's possessive names as its own affair, not a place: "in Libya's long-running civil war", "in Sudan's
#: political transition", "in Yemen's peace process" (round 992; "in Lima's presidential palace" is still a place)
_OWN_TOPIC = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:war|conflict|crisis|affairs|politics|transition|process|economy|"
                        r"future|elections?|sovereignty|stability|security|unrest|fighting|violence)\b")
#: A place's possessive before capitalised words: "at Lima's Foreign Ministry", "in Russia's Sochi" (round 249)
_OWNS_NAMED = gated(re.compile(r"^(?P<owner>[^\s'’]+)['’]s\s+(?P<rest>.+)$"))


def _capital_then(capital: str, on: dt.date | None) -> str:
    """The capital's name on a day: "the Kazakh capital" in 2021 is Nur-Sultan (docs/extraction.md, venue)."""
    for start, end, name in gazetteer.CAPITAL_NAMES.get(capital, ()):
        if on is not None and dt.date.fromisoformat(start) <= on <= dt.date.fromisoformat(end):
            return name
    return capital


def _named_town(name: str, kind: str, roster: Roster) -> tuple[str, str | None]:
    """A town no table knows, named after its kind ("the Malian town of"), with the country its adjective gives."""
    state = next((x.key for x in roster.lexicon.scan(kind) if x.role == "adjective"), None)
    entry = roster.lexicon.entries.get(state) if state else None
    home = roster.lexicon.place(entry.name) if entry else None
    return (name, home[1] if home else None)


def fences(index: int, triggers: list, owned: dict, shift: int = 0) -> list[int]:
    """Where the other non-speech verbs of a sentence stand that own a date of their own (not the event's): a place
    told past one of them is that event's ("held talks on March 11, a week after … met in Quito on March 4")."""
    mine = owned.get(index)
    return [t.start - shift for i, t in enumerate(triggers) if i != index and not t.speech and i in owned
            and (mine is None or owned[i].first != mine.first)]


def venue_of(text: str, roster: Roster, near: int, dateline: str | None, visit: bool = False,
           on: dt.date | None = None, fenced: list[int] | None = None, talks_town: bool = False) -> tuple[str, str | None] | None:
    """The place the event happened: "in/at <place>" nearest the trigger (for a visit also "to <place>"), "here" under a
    dateline; a place that is the topic ("the settlement in Syria") or the dateline alone is none, and so is a place
    told past another verb of the sentence with a date of its own (`fenced`, round 186), and a town that names talks ("in
    the Vienna talks"), unless the town of the talks themselves is asked for (`talks_town`, round 529)."""
    best = None
    pattern = _VISIT_VENUE if visit else _VENUE
    fronted = _FRONTED.match(text)
    # each reading below is tried only when its word is in the text (a cheap test: their patterns start at every capital
    # letter, and venue_of reads every sentence of an article)
    where = [m for m in _WHERE.finditer(text) if m.end() <= near] if "where" in text else []  # "visited Lima, where" (184)
    formal = list(_FORMAL_STATE.finditer(text)) if " of " in text else []
    for m in [*pattern.finditer(text), *([fronted] if fronted else []), *where, *formal]:
        if fenced and any(min(near, m.start()) < f < max(near, m.start()) for f in fenced):
            continue  # "held talks on March 11, a week after their ministers met in Quito on March 4": Quito is theirs
        if fenced and m not in where and any(f < m.start() < near and m.start() - f < near - m.start() for f in fenced):
            continue  # "agreed to hold talks on March 29 in Quito to prepare for a summit in April": nearer the talks (246)
        if m.group(0)[:3] in ("in ", "at ") and posted_at(text, m.start(), lambda w: any(
                x.role == "adjective" for x in roster.lexicon.scan(w))):
            continue  # "Afghanistan's ambassador in Moscow, X, had a meeting": a post, not the place (round 1172)
        if visit and m.group(0)[:2] == "to" and _ENVOY_TO.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the UN envoy to Yemen … concluded a visit to Sana'a": a title, not where he went (round 452)
        name = _TOWNS_OWN.sub("", m.group("place").rstrip("."))  # "in Lima's presidential palace": Lima
        if "-based" in name and _BASED_PREMISES.match(text, m.start("place")):
            name = name.split("-based", 1)[0]  # "in the Geneva-based UN headquarters": the town the premises are in
        if name[:2] in ("UN", "U."):  # "at UN Geneva", "at U.N. Vienna": the UN's offices in that town (round 456)
            name = re.sub(r"^(?:UN|U\.N\.)\s+(?=[A-Z])", "", name)
        if _TOPIC_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and any(
                x.role == "actor" for x in roster.lexicon.scan(name)):
            continue  # "the settlement in Syria": the country is the topic (a city after it is still a venue)
        if _TOPIC_RIGHT_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "the ceasefire in Gaza", "the attacks in Kyiv": a town is the topic too
        if text.endswith("Mission ", 0, m.start()) and not _AT_THE_MISSION.search(text, max(0, m.start() - 80), m.start()):
            continue  # "the UN Mission in Kosovo", "the UN Support Mission in Libya": a body's name, no place (1102)
        owns_at = m.end() if m.group("place")[-2:] in ("'s", "’s") else m.end() + 2 if text.startswith("‘s", m.end()) else None
        if owns_at is not None and _OWN_TOPIC.match(text, owns_at):  # (also with the wrong quote: "Libya‘s")
            continue  # "interests in Libya's civil war", "a role in Sudan's transition": the state's own affair (992)
        if _NAMED_AFTER.match(text, m.end()) or _NAMED_AFTER.search(m.group("place")):
            continue  # "the meeting in the Astana format", "in the Ankara Declaration": a name, no place (242, 245)
        if not talks_town and _TOWN_NAMES_TALKS.match(text, m.end()):
            continue  # "announced a pause in the Vienna talks": the talks' name, no place of this event (round 529)
        if re.match(r"\s*,?\s*or\s+(?:in\s+)?[A-Z]", text[m.end():]) or re.search(r"\b(?:might|may|could)\s+be\s+$", text[max(0, m.start() - 20):m.start()]):
            continue  # "in Doha or Cairo", "the venue might be Astana": no venue yet (docs/extraction.md)
        owns = _OWNS_NAMED.match(name)
        if owns:  # "in Russia's Sochi": the town named after its state; "at Lima's Foreign Ministry": the town (249)
            name = owns.group("rest")
            owner = roster.lexicon.place(owns.group("owner"))
        words = name.split()
        place = next((roster.lexicon.place(" ".join(words[:n])) for n in range(len(words), 0, -1)
                      if roster.lexicon.place(" ".join(words[:n]))), None)
        if place is None and m in formal:  # "the Kingdom of Cambodia": the state the formal name is an alias of
            state = next((x.key for x in roster.lexicon.scan(name) if x.role == "actor"), None)
            entry = roster.lexicon.entries.get(state) if state else None
            place = roster.lexicon.place(entry.name) if entry and entry.kind == "state" else None
        if owns and place is None and owner and not _country_level(owner, roster):
            place = owner
        if place is None and len(words) == 1 and name not in _NOT_TOWNS and text.endswith("of ", 0, m.start("place")) \
                and not roster.lexicon.scan(name):  # "in the Malian town of Kidal": a town no table knows, named as one
            place = _named_town(name, text[m.start():m.start("place")], roster)
        if place and (best is None or abs(m.start() - near) < abs(best[0] - near)):
            best = (m.start(), housed(text, m.start(), place) or place)  # "at the German embassy in Vienna" (1100)
    for m in _CAPITAL_OF.finditer(text) if "capital" in text else ():  # "in the Kazakh capital", "to Ukraine's capital"
        state = next((x.key for x in roster.lexicon.scan(m.group("adj") or m.group("state") or m.group("of"))
                      if x.role in ("adjective", "actor")), None)
        capital = _capital_then(roster.lexicon.capitals[state], on) if state in roster.lexicon.capitals else None
        if capital and roster.spelled.get(state) and roster.lexicon.place(roster.spelled[state]):
            capital = roster.spelled[state]  # "the Ukrainian capital" in a story that writes "Kiev": as the article names it
        named = re.match(r"\s+(?:city\s+)?(?:of\s+|,\s+)([A-Z][\w'’-]+)", text[m.end():])
        if named and roster.lexicon.place(named.group(1)):
            capital = named.group(1)  # "in Kazakhstan's capital of Nur-Sultan": the text names it
        if capital and (best is None or abs(m.start() - near) <= abs(best[0] - near)):  # "in the capital of X" beats X
            best = (m.start(), roster.lexicon.place(capital) or (capital, None))
    if visit and best is not None and _country_level(best[1], roster):  # the visited country's town it was left from
        towns = {roster.lexicon.place(m.group("place").rstrip(".")) for m in _LEFT_TOWN.finditer(text)}
        towns = {t for t in towns if t and t[1] == best[1][1] and not _country_level(t, roster)}
        if len(towns) == 1:
            best = (best[0], towns.pop())
    if visit and best is None:
        for m in _TOUR.finditer(text):
            if roster.lexicon.place(m.group("place")):
                best = (m.start(), roster.lexicon.place(m.group("place")))
    named = [(m.start(), m.end(), m.group("place"), False) for m in _LANDMARK.finditer(text)] \
        if any(map(text.__contains__, _LANDMARK_WORDS)) else []
    for start, end, name, tabled in [*named, *((*x, True) for x in landmarks.spelled(text))]:  # a building the text names
        building = re.sub(r"^[A-Z][\w-]+['’]s\s+", "", name)
        resort = tabled and building not in landmarks.buildings()  # "in Sharm el-Sheikh": a town of the table (801)
        town = None if resort else _VENUE.search(text[end:end + 80])  # "at Peace House, … in Panmunjom": Panmunjom
        place = roster.lexicon.place(town.group("place").rstrip(".")) if town else None
        home = landmarks.buildings().get(building)
        if place is None and home and re.search(rf"\b(?:in|at|near)\s+{re.escape(home)}\b(?!['’]s)", text):  # its town told too: the town (801)
            place = roster.lexicon.place(home)
        if best is None or abs(start - near) <= abs(best[0] - near) + 60:
            best = (start, place or roster.lexicon.place(building) or (building, best[1][1] if best else None))
    if best is None and (state := capital_host(text, roster)):  # "The Kazakh capital is hosting the round" (round 772)
        capital = roster.spelled.get(state) or _capital_then(roster.lexicon.capitals[state], on)  # as the article names it
        best = (near, roster.lexicon.place(capital) or (capital, None))
    if best is None:
        hosts = [*_HOSTS.finditer(text), *(_HOSTING.finditer(text) if "hosting" in text else ())] if "host" in text else ()
        for m in hosts:  # "Astana, the capital of Kazakhstan, is set to host"; "Munich is hosting" (433)
            words = m.group("place").split()  # "Saudi Arabia", not "Then Saudi Arabia": the longest place that ends it
            place = next((roster.lexicon.place(" ".join(words[n:])) for n in range(len(words))
                          if roster.lexicon.place(" ".join(words[n:]))), None)
            if place:
                best = (m.start(), place)
    if best is None:
        for m in _HOSTED_BY.finditer(text) if "by" in text else ():  # "talks hosted by Oman": the host country
            name = m.group("place")  # "talks hosted by Oman.": the sentence's stop is no part of the name (round 1300)
            place = roster.lexicon.place(name) or roster.lexicon.place(name.rstrip("."))
            if place and abs(m.start() - near) <= 120:
                best = (m.start(), place)
    if best is None and not visit:  # "X, who is visiting Lima, met Y", "During her visit to Lima, X met Y": there
        for m in _VISITING.finditer(text) if any(w in text for w in ("visit", "trip", "tour")) else ():
            place = roster.lexicon.place(m.group("place").rstrip("."))
            if place:
                best = (m.start(), place)
                break
    if best is None and not visit:  # "travelled to Lima on Monday to meet …": the trip's end is the meeting's place (185)
        for m in _TRIP_TO.finditer(text) if "to" in text or "for" in text else ():
            place = roster.lexicon.place(m.group("place").rstrip("."))
            at = m.start() == near  # the trip is the event's own verb: "traveling to Beijing on March 6 for talks" (240)
            purpose = _FOR_IT.search(text, m.end(), min(len(text), m.end() + 30))  # "left for Astana to take part in"
            reach = 160 if purpose and "," not in text[m.end():near] else 80  # the event told inside that purpose (882)
            if " for " in text[m.start():m.start("place")] and "," in text[m.end():near]:
                continue  # "left for Geneva to attend a conference, and his deputy will hold a meeting": not that one
            if place and (at or m.end() <= near and near - m.end() <= reach) \
                    and _FOR_IT.search(text, m.end(), min(len(text), max(near, m.end()) + 40)):
                best = (m.start(), place)
    if best is None and not visit:  # "departed Cairo on Saturday following talks with …": there (round 241)
        for m in _LEFT_AFTER.finditer(text):
            place = roster.lexicon.place(m.group("place").rstrip("."))
            if place and m.start() <= near <= m.end():
                best = (m.start(), place)
    if best is None:  # "met behind closed doors in a Doha hotel": the town (round 185)
        for m in _TOWN_BUILDING.finditer(text):
            if roster.lexicon.place(m.group("place")) and abs(m.start() - near) <= 120:
                best = (m.start(), roster.lexicon.place(m.group("place")))
    if best is None:  # "at the Chushul-Moldo border meeting point": the border post the text names (round 153)
        for m in _BORDER_POINT.finditer(text):
            name = m.group("place")
            if abs(m.start() - near) <= 120 and not any(x.role in ("adjective", "actor") for part in (name, *name.split("-"))
                                                        for x in roster.lexicon.scan(part)) \
                    and name not in _NOT_TOWNS:
                return roster.lexicon.place(name) or (name, None)
    # a town no table knows, placed by its state: "met … on Saturday in Tindouf, Algeria" (round 152), "a meeting of the
    # committee in Naqoura in southern Lebanon" (round 380)
    for m in [*_TOWN_OF_STATE.finditer(text), *_TOWN_IN_REGION.finditer(text)] if best is None else ():
        if abs(m.start() - near) > 160 or roster.lexicon.scan(m.group("place")) or m.group("place") in _NOT_TOWNS:
            continue
        state = roster.lexicon.place(m.group("state"))
        if state and state[1] and _country_level(state, roster) \
                and not _TOPIC_RIGHT_BEFORE.search(text[max(0, m.start() - 36):m.start()]):
            return (m.group("place"), state[1])
    if best is None and (town := adjective_town(text, roster, near)):  # "in Kyrgyz Batken city" (round 1015)
        return town
    if best is None and (country := epithet_place(text, roster, near, _TOPIC_RIGHT_BEFORE.search)):
        return country  # "met in Djibouti …, a day after they met in the Horn of Africa nation" (round 1068)
    if best is None:  # "had a meeting in Shire": a town too small for the city table, named right after the event's verb
        m = _UNKNOWN_TOWN.match(text, near)
        if m and not roster.lexicon.scan(m.group("place")) and m.group("place") not in _NOT_TOWNS \
                and not _TOPIC_RIGHT_BEFORE.search(re.sub(r"\bin\s+$", "", text[max(0, m.start("place") - 36):m.start("place")])) \
                and not re.match(r"\s*,?\s*or\s", text[m.end("place"):]):  # "the ceasefire in Arica", "in Quito or Lima"
            return (m.group("place"), None)
    if best is None and dateline and _HERE.search(text):
        return roster.lexicon.place(dateline) or (dateline, None)
    if best is None and dateline and _THE_CAPITAL.search(text) and dateline in roster.lexicon.capitals.values():
        return roster.lexicon.place(dateline) or (dateline, None)  # "met … in the capital" under an ANKARA dateline (188)
    if best is None and dateline and _THE_COUNTRY.search(text):  # "on a visit to the country" under a BAKU dateline
        town = roster.lexicon.place(dateline)
        state = roster.lexicon.state_by_country.get(town[1]) if town and town[1] else None
        if state and state in roster.lexicon.entries:
            return (roster.lexicon.entries[state].name, town[1])
    return best[1] if best else None


#: A town named as the place of talks anywhere in the article: "the Riyadh talks", "the negotiating table in Jeddah"
_TOWN_TALKS = re.compile(r"\b(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:talks|negotiations|meeting|summit|round|consultations|discussions)\b"
                         r"|\b(?:talks|negotiations|meeting|summit|round|table|consultations|discussions)\s+(?:[\w-]+\s+){0,3}?in\s+"
                         r"(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)")
#: Where the participants are: "Both men are in Geneva for …", "during his stay in Geneva" (round 388)
_PRESENCE = gated(re.compile(r"\b(?:(?:is|are|was|were)\s+(?:already\s+|currently\s+|now\s+)?in|(?:stay|presence)\s+in)\s+"
                             r"(?P<c>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"))
_GATHERINGS = ("talk_round", "meeting", "summit")


def _country_level(venue: tuple[str, str | None], roster: Roster) -> bool:
    state = roster.lexicon.state_by_country.get(venue[1] or "")
    entry = roster.lexicon.entries.get(state) if state else None
    return entry is not None and entry.name.casefold().replace("-", " ") == venue[0].casefold().replace("-", " ")  # (1300)


def refine_venues(events: list, texts: list[str], roster: Roster) -> None:
    """A finer venue from elsewhere in the article: a gathering placed in a country takes the one town of that country
    the article names as the place of talks ("resumed negotiations in Saudi Arabia" + "the Riyadh talks": Riyadh) or
    as where its people are ("a meeting … in Switzerland" + "Both men are in Geneva": Geneva, round 388); so does a
    visit ("met officials in Saudi Arabia …, the first such visit" + "the truce discussions in Riyadh": round 580)."""
    towns: dict[str, set[tuple[str, str | None]]] = {}
    if not any(c.event_type in (*_GATHERINGS, "visit") and c.venue and _country_level(c.venue, roster) for c in events):
        return  # no event placed in a country: no town to look for (the article's texts are not searched)
    for text in texts:
        for m in [*_TOWN_TALKS.finditer(text), *_PRESENCE.finditer(text)]:
            name = m.group("a") or m.group("b") if m.re is _TOWN_TALKS else m.group("c")
            place = roster.lexicon.place(name) or roster.lexicon.place(name.split()[-1])  # "The Jeddah talks": Jeddah
            if place and place[1] and not _country_level(place, roster):
                towns.setdefault(place[1], set()).add(place)
    for c in events:
        if c.event_type in (*_GATHERINGS, "visit") and c.venue and _country_level(c.venue, roster) and len(towns.get(c.venue[1] or "", ())) == 1:
            c.venue = next(iter(towns[c.venue[1]]))


#: A gathering held over a screen: "the trilateral virtual meeting", "a videoconference meeting", "met online", "held via
#: video link" (round 381)
_VIRTUAL = gated(re.compile(r"\b(?:virtual|online|video-?conference|videoconferencing|video-?link|remote)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:meetings?|talks|negotiations|summit|session|round|conference|consultations|dialogue)\b"
                            r"|\b(?:held|met|meet|meeting|convened|conducted|talks)\s+(?:[\w-]+\s+){0,3}?(?:virtually|online|remotely)\b"
                            r"|\b(?:via|by|through|over)\s+(?:a\s+)?(?:video(?:-?conference|\s+link|\s+conference|call)?|videoconference|"
                            r"teleconference|zoom)\b", re.I))


def virtual_gatherings(events: list) -> None:
    """A gathering its own sentences tell held over a screen has no venue, unless one of them names the place
    ("the trilateral virtual meeting held on Tuesday" under a CAIRO dateline: none; round 381)."""
    for c in events:
        if c.event_type in _GATHERINGS and c.venue and _VIRTUAL.search(c.evidence[0]) \
                and not any(c.venue[0] in e for e in c.evidence):
            c.venue = None


def restated_signing(dropped, events: list) -> None:
    """An undated, held agreement told with its place ("… delegates from both sides signed an agreement" after "talks
    began in Pretoria") restates the article's one dated, held agreement that has no place: it gives that one its
    place before it is dropped (round 383)."""
    if dropped.event_type != "agreement" or dropped.future or dropped.venue is None \
            or not re.search(r"\b(?:signed|inked)\b", dropped.evidence[0]):  # not "agreed that X will open an embassy in Y"
        return
    dated = [c for c in events if c.event_type == "agreement" and c.first is not None and not c.future and c is not dropped]
    if len(dated) == 1 and dated[0].venue is None and dated[0].order < dropped.order:
        dated[0].venue = dropped.venue


def same_day_persons(events: list, roster: Roster) -> None:
    """A held gathering with no place takes the place of another of the same type and day where all its officials are
    ("Later on Tuesday, he met his counterpart X" and "Following the ceremony, Lapid met with X … in Abu Dhabi": one
    meeting, told twice; round 385)."""
    people: dict[int, set[str]] = {}

    def persons(c) -> set[str]:  # read once an event
        if id(c) not in people:
            people[id(c)] = {k for k in c.actors if (roster.entry(k) is not None and roster.entry(k).kind == "official")}
        return people[id(c)]
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue is not None or c.future or c.first is None or not persons(c):
            continue
        told = [o for o in events if o is not c and o.event_type == c.event_type and o.venue and not o.future
                and o.first == c.first and persons(c) <= persons(o)]  # all its officials are there
        if len({o.venue for o in told}) == 1:
            c.venue = told[0].venue


_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|last|latest|"
            r"previous|\d{1,2}(?:st|nd|rd|th))")
#: A gathering named by its town and its number: "the third Doha meeting", "the 2nd Istanbul conference" (round 387)
_NUMBERED_TOWN = re.compile(rf"\b{_ORDINAL}\s+(?P<town>[A-Z][\w'’-]+)\s+(?:meeting|conference|gathering)\b")


def town_named_gatherings(events: list, roster: Roster) -> None:
    """A gathering with no place named by its town and its number ("the third Doha meeting") is held there; a round
    of "the Jeddah talks" is named by its process and takes none (synthetic 025; round 387)."""
    for c in events:
        if c.event_type not in _GATHERINGS or c.venue is not None:
            continue
        evidence = c.evidence[0]
        m = _NUMBERED_TOWN.search(evidence) if any(w in evidence for w in ("meeting", "conference", "gathering")) else None
        place = roster.lexicon.place(m.group("town")) if m else None
        if place and not _country_level(place, roster):
            c.venue = place


#: Words said from a place: "representatives said Friday from Havana", "announced on Monday from Doha" (round 522)
_SAID_FROM = gated(re.compile(r"\b(?:said|say|says|announced|announces|declared|told\s+reporters|speaking)\s+(?:(?:on\s+)?"
                              r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?from\s+(?:the\s+)?"
                              r"(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})"))


def spoken_from(events: list, roster: Roster) -> None:
    """A gathering or an agreement with no place, whose sentence says its parties spoke from a town ("have agreed to a
    ceasefire, representatives said Friday from Havana at the closing ceremony of the third round"), was there; the
    place past the speech verb is read by no event's own clause (round 522)."""
    for c in events:
        if c.venue is not None or c.event_type not in (*_GATHERINGS, "agreement") or not c.evidence:
            continue
        m = _SAID_FROM.search(c.evidence[0])
        place = roster.lexicon.place(m.group("place").rstrip(".")) if m else None
        if place:
            c.venue = place


__all__ = ["refine_venues", "restated_signing", "same_day_persons", "spoken_from", "town_named_gatherings", "venue_of",
           "virtual_gatherings"]
