"""A past gathering told by its noun phrase alone, with its own date (round 1175).

Background clauses name an earlier gathering as a noun phrase with its parties, place and date, and no verb of its own:
"in the wake of exploratory talks in Geneva last month", "the results of the first EU-Africa summit on May 3, 2019 in
Dakar", "follow-up steps for last Monday's meeting between the two ministers", "negotiations between the army and the
rebels in June led to a truce". The triggers read gatherings from verbs ("met", "held talks") or a noun as the subject
or object of one, so such a sentence made no gathering, and the guideline records background gatherings with a date
(docs/extraction.md, "Annotation guideline"). The phrase runs from the noun to its date through what a noun phrase
holds (prepositions, names, titles: "between President X and Prime Minister Y in Z"); a verb in between ends it. Only
a gathering that is over: one awaited ("ahead of the summit in June", "the next meeting", "a planned round") is a plan,
left to the plan rules; a count ("two meetings in March") is an aggregate, not an event; and only in a sentence that
made no gathering of its own, of a day no gathering of the article already has.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.dates import DateMention, sentence_dates
from tracker.extract.events import sentence_actors
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.venues import venue_of

GATHERINGS = ("meeting", "talk_round", "summit", "visit")
#: A whole sentence ends in a stop (a subhead, "Meeting with X on Wednesday", does not)
WHOLE = re.compile(r"[.!?][\"”’)]?\s*(?:⟦Q\d+⟧\s*)?$")
#: A date that opens or bounds a series is no gathering's day: "talks since January", "until May"
_BOUND = re.compile(r"(?i)\b(?:since|until|till|from|through|throughout|by)\s*$")
_BOUND_WORD = re.compile(r"(?i)(?:since|until|till|from|through|by)\b")
#: A photo caption's place and date, closing its sentence: "…, in Vienna, Austria, June 2, 2021."
_CAPTION_TAIL = re.compile(r"^\W*$")
_KIND = {"summit": "summit", "meeting": "meeting"}
#: The gathering noun; a plural "meetings" or "summits" is a count or a series (an aggregate), not one gathering
_NOUN = gated(re.compile(r"\b(?P<noun>summit|meeting|talks|negotiations|consultations)\b(?!\s+(?:of|on|with)\s+(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:process|format|track|issue|dossier)\b)", re.I))
#: Words a noun phrase holds between the noun and its date: prepositions, articles, titles and group nouns ("between
#: the Yemeni government and Houthi rebels in March", "with Russian President X in Alaska last month")
_PHRASE_WORDS = frozenset(
    "between with in at of on among involving and the a an its their his her held hosted by in-person face-to-face "
    "leader leaders president presidents prime minister ministers foreign defence defense chief chiefs envoy envoys "
    "special officials official delegations delegation government governments rebels counterpart counterparts "
    "representatives sides countries two three head heads state states secretary general top senior national "
    "capital city town border village region island republic first second third fourth fifth sixth seventh eighth "
    "ninth tenth".split())
#: An awaited or counted gathering before the noun: "ahead of the summit", "the next meeting", "two talks"
_NOT_HELD = re.compile(r"(?i)\b(?:ahead\s+of|before|prior\s+to|upcoming|planned|next|forthcoming|proposed|possible|"
                       r"potential|envisaged|expected|future|preparations?\s+for|prepare|preparing|will|would|shall|"
                       r"to\s+(?:hold|host|attend|convene)|new|further|another|scheduled|two|three|four|five|several|"
                       r"many|numerous|multiple|rounds?\s+of|series\s+of|\d+|no|any|of\s+a|for\s+a|possibility|idea|call(?:ed|s|ing)?\s+for)\s+"
                       r"(?:[\w’'.-]+\s+){0,5}$")
#: What a gathering's own verb of planning adds to its phrase: "which will be held in Rabat", "scheduled for"
_PLANNING_WORDS = _PHRASE_WORDS | frozenset("which that will wil be is are to held take place scheduled set planned "
                                            "slated due for summit meeting talks".split())
#: Where the noun phrase ends: a clause break
_CLAUSE_END = re.compile(r"[.;:!?⟦]|,\s+(?:and|but|while|which|who|during|where|when|as|after|saying)\b|"
                         r"\s(?:that|which|who|where)\s")
#: A day in the possessive before the noun, up to two words between: "last Friday's meeting", "May 3's talks"
_POSSESSIVE = re.compile(r"[^,;.]{0,30}?[’']s?\s+(?:[\w-]+\s+){0,2}")
#: For a plan, a day as an adjective before the noun: "the envisaged June 12 summit", "Tuesday's planned talks"
_ADJECTIVE = re.compile(r"[^,;.]{0,30}?(?:[’']s?)?\s+(?:[\w-]+\s+){0,2}")
#: Words said at the gathering, which then shares their day: "warned during separate talks with Y on Thursday"
_SAID_AT = re.compile(r"(?i)\b(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:[\w’'-]+\s+){0,3}$")
#: How far after the noun its date may stand
_REACH = 110


def _phrase_only(between: str, planning: bool = False) -> bool:
    """Whether `between` (from the noun to the date) is a noun phrase: names and the words a noun phrase holds (with
    `planning`, also its own verb of planning: "which will be held in")."""
    allowed = _PLANNING_WORDS if planning else _PHRASE_WORDS
    words = re.findall(r"[\w’'-]+", between.replace("—", " ").replace("–", " "))
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in allowed for w in words)


def _tail(text: str, noun: re.Match) -> str:
    """The noun's phrase after it, to a clause break or the reach."""
    tail = text[noun.end():noun.end() + _REACH]
    end = _CLAUSE_END.search(tail)
    return tail[:end.start()] if end else tail


def own_date(text: str, noun: re.Match, dates: list[DateMention], planning: bool = False) -> DateMention | None:
    """The date of the gathering `noun` names, among `dates`: one told in its own phrase after it ("talks in Oslo last
    month"), or right before it: in the possessive ("last Friday's meeting"), or for a plan as an adjective ("the
    envisaged June 12 summit")."""
    tail = _tail(text, noun)
    own = [d for d in dates if noun.end() <= d.start <= noun.end() + len(tail)
           and _phrase_only(text[noun.end():d.start], planning)
           and not _BOUND.search(text[:d.start]) and not _BOUND_WORD.match(d.text)
           and not (text[:d.start].rstrip().endswith(",") and _CAPTION_TAIL.match(text[d.end:]))]
    before = _ADJECTIVE if planning else _POSSESSIVE
    fronted = [d for d in dates if d.end <= noun.start() and before.fullmatch(text[d.start:noun.start()])]
    return fronted[-1] if fronted else (own[0] if own else None)


def gathering_of(text: str, raw: str, noun: re.Match, date: DateMention, roster: Roster, paragraph: int,
                 order: int) -> Candidate:
    """The gathering `noun` names, of `date`, with the actors and the place of its phrase."""
    stop = noun.end() + len(_tail(text, noun))
    c = Candidate(_KIND.get(noun.group(0).lower(), "talk_round"), paragraph, order, evidence=[raw])
    c.set_date(date)
    for a in sentence_actors().get(raw, ()):
        if noun.start() <= a.start < stop:
            c.actors.setdefault(a.key, "participant")  # "between X and Y", "with Y": its parties
    c.venue = venue_of(text[noun.start():stop], roster, 0, None)
    return c


def noun_gatherings(text: str, raw: str, found: list[Candidate], before: list[Candidate], roster: Roster,
                    anchor: dt.date | None, paragraph: int, order: int) -> list[Candidate]:
    """A new gathering for a past gathering `text` names by its noun phrase with a date, when the sentence made none."""
    if any(c.event_type not in SPEECH_TYPES for c in found) or not WHOLE.search(raw):
        return []  # the sentence's own act may be held at it ("agreed at talks in X in May"); a subhead is no sentence
    if not sentence_dates(text, anchor):  # (remembered: `unit_candidates` read them) no date, no noun's own date: every
        return []  # noun of a sentence without one was read for nothing
    dates = None  # read once, at the first noun not awaited
    for m in _NOUN.finditer(text):
        if _NOT_HELD.search(text[max(0, m.start() - 50):m.start()]) \
                or m.group(0)[0].isupper() and re.match(r"\s+[A-Z]", text[m.end():]):
            continue  # awaited or counted; a capital noun of a name ("the Summit Secretariat")
        if dates is None:  # a day before the anchor is past whatever the verb ("are expected to follow up last Friday's")
            dates = [d for d in sentence_dates(text, anchor) if not d.future or anchor is not None and d.last < anchor]
        usable = [d for d in dates if d.end > m.start() or anchor is not None and d.last < anchor]
        date = own_date(text, m, usable)  # "last Friday's meeting", "talks in May"; "this year's meeting" is not over
        if date is None:
            continue
        if any(c.event_type in SPEECH_TYPES and (c.first, c.precision) == (date.first, date.precision) for c in found) \
                and not _SAID_AT.search(text[:m.start()]):
            continue  # "announced the talks on Tuesday": the words' day; "warned during talks on Tuesday" is the talks'
        if any(c.event_type in GATHERINGS and c.first == date.first and c.precision == date.precision
               for c in before + found):
            return []  # the gathering is told already, as the article's own
        c = gathering_of(text, raw, m, date, roster, paragraph, order)
        c.future = False  # a past day, read so above
        return [c]
    return []


__all__ = ["GATHERINGS", "WHOLE", "gathering_of", "noun_gatherings", "own_date"]
