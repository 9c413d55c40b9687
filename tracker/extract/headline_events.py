"""Events told only in a page's headline (rounds 1030-1031).

A page that opens with its headline keeps that line out of the body, and the headline was read for its tense, process
and place but never for an event of its own; so an act the headline alone reports ("UAE foreign minister meets FMs of
US, Israel", "Next round of Greek-Turkish talks to take place in Athens") was lost whenever the body did not tell it
again. Headlines have a grammar of their own that the sentence rules do not read: the historic present for the day's
news ("meets", "hold talks", "signs"), "to" plus a verb for what is planned, no articles and title case. This module
reads that grammar for the acts the guideline records (a meeting, talks, a visit, a call, a signing) and gives a
candidate only when no event of the body already tells the same act (same kind, a shared actor or place), so a
headline that restates the lead adds nothing. Dating follows the page's rules: a present-tense headline tells the
page's day (docs/extraction.md, "Undated events"; round 890), a planned act with no day of its own is announced.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from tracker.extract import gazetteer
from tracker.extract.candidate import Candidate
from tracker.extract.dates import find_dates
from tracker.extract.headline_venues import headline_place
from tracker.extract.mentions import Roster, find_actors

#: The act, by its verb in the headline's present ("meets", "hold talks") or plan ("to meet", "to take place");
#: plural and singular forms both, since headlines drop "and" for a comma ("Russian, Kazakh FMs meet")
_ACT = re.compile(
    r"(?i)\b(?:(?P<plan>to|will)\s+(?:be\s+)?)?(?:"
    r"(?P<meet>meets?|meet\s+with|hold(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|consultations|negotiations)|"
    r"hosts?\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|consultations|negotiations|summit)|"
    r"receives?|take\s+place|convene[sd]?|resumes?\s+(?:[\w-]+\s+){0,2}?talks)"
    r"|(?P<visit>visits?|arrives?\s+in|travels?\s+to|heads?\s+to)"
    r"|(?P<call>phones?|(?:holds?|hold)\s+(?:a\s+)?(?:phone|telephone)\s+(?:call|talks|conversation)|"
    r"speaks?\s+(?:by\s+phone|on\s+(?:the\s+)?phone))"
    r"|(?P<sign>signs?))\b")
#: A press office's headline names the act as a noun first: "Meeting between the foreign ministers of X and Y",
#: "Telephone conversation of X with Y" (round 1031); the same groups as `_ACT`, the plan and the others never set
_NOUN = re.compile(r"(?i)^\W*(?:(?:bilateral|trilateral|official|working|high-level)\s+)?(?:"
                   r"(?P<meet>meeting|talks|negotiations|consultations)|(?P<call>(?:tele)?phone\s+(?:conversation|call|talks)))"
                   r"\s+(?:between|of|with)\b(?P<plan>(?!))?(?P<visit>(?!))?(?P<sign>(?!))?")
#: Words that make the act a claim, a wish, a refusal or a question rather than news of it
_NOT_NEWS = re.compile(r"(?i)\b(?:said\s+to|reportedly|may|might|could|would|not|no|won't|refuses?|rejects?|denies|"
                       r"ready\s+to|wants?\s+to|seeks?\s+to|hopes?\s+to|calls?\s+for|urges?|proposes?|if|whether)\b")
#: Gathering words that make a meeting a session of talks
_HOSTS = re.compile(r"(?i)(?:to\s+|will\s+)?hosts?\b")
_TALKS = re.compile(r"(?i)\b(?:round|talks|negotiations|consultations)\b")
_FAMILY = {"meeting": "gathering", "talk_round": "gathering", "summit": "gathering", "visit": "visit",
           "call": "call", "agreement": "agreement"}
#: Days before the page's day within which a body event may be the headline's news (a week's wire round-up)
_RECENT = 7
_TYPE = {"meet": "meeting", "visit": "visit", "call": "call", "sign": "agreement"}


def _country(name: str, roster: Roster) -> bool:
    """Whether a place's name is a state's own name ("Egypt"), not a town's."""
    return any(m.role == "actor" and m.start == 0 and m.end >= len(name) and roster.lexicon.entries[m.key].kind == "state"
               for m in roster.lexicon.scan(name))


def _plain(text: str) -> str:
    # the words joined by one space: what r"\s+" -> " " and strip() give (both read whitespace as `str.isspace` does),
    # some three times faster over a whole body, which every article reads here
    return " ".join(text.split()).lower()


def headline_told(title: str | None, body: str) -> str | None:
    """The page's headline when it stands apart from the body (not a truncated first sentence, not repeated in the
    body: dev 862, where every line ends in a full stop and the first sentence is taken as the title), else None."""
    title = (title or "").strip()
    if not title or title.endswith(("…", "?")) or len(title) > 160 or _plain(title) in _plain(body):
        return None
    return title


def _same_time(c: Candidate, e: Candidate, anchor: dt.date | None) -> bool:
    """Whether body event `e` may be the headline's act in time: a planned act is not one the body dates before the
    page's day, a present one not one the body plans after it."""
    if anchor is not None and e.first is not None and not c.future and (anchor - e.first).days > _RECENT:
        return False  # a background event of the body (weeks before) is not the day's news the headline tells
    if anchor is None or e.first is None or c.future == e.future:
        return True
    return e.first >= anchor if c.future else e.first <= anchor


def _covered(c: Candidate, events: list[Candidate], anchor: dt.date | None, roster: Roster) -> bool:
    """Whether an event of the body already tells the headline's act: same kind and time, and a shared actor or
    place. A visit is its own act beside the meetings held during it (docs/extraction.md, "Types")."""
    for e in events:
        if _FAMILY.get(e.event_type) != _FAMILY[c.event_type] or not _same_time(c, e, anchor):
            continue
        if set(e.actors) & set(c.actors) or c.venue and e.venue and c.venue[1] == e.venue[1]:
            return True
        if c.venue and c.venue[1] and roster.lexicon.state_by_country.get(c.venue[1]) in e.actors:
            return True  # "Meeting … held in Astana" over "Kazakhstan's minister met …": the host is a party
    return False


def headline_event(title: str, events: list[Candidate], roster: Roster, anchor: dt.date | None,
                   process: str | None, speaks_for: Callable[[str], str | None]) -> Candidate | None:
    """The act the headline alone reports, as a candidate, or None (no act read, too few actors, or told in the body)."""
    m = _ACT.search(title) or _NOUN.match(title)
    if m is None or _NOT_NEWS.search(title[:m.end("plan") if m.group("plan") else m.start()]):  # "ready to resume"
        return None
    kind = next(k for k in ("meet", "visit", "call", "sign") if m.group(k))
    actors = {a.key: "participant" for a in find_actors(title, roster)}
    scanned = roster.lexicon.scan(title)
    hosted = _HOSTS.match(m.group(0))
    host = None
    for s in scanned:  # "Azerbaijani, Armenian FMs", "Tehran, Kabul reach agreement": headlines name states so
        if s.role == "capital" and s.start < m.start() and hosted:
            host = roster.lexicon.place(s.text)  # "Washington to host next meeting of …": the town is the venue
            actors.pop(s.key, None)
        elif s.role == "adjective" or s.role == "capital" and s.start < m.start():
            actors.setdefault(s.key, "participant")
    named = next((s.key for s in scanned if s.role == "process"), None)
    process = named or process
    for key in list(actors):
        state = speaks_for(key)
        if state and state != key:
            actors.setdefault(state, "participant")
    place = host or (headline_place(title, roster) if kind == "meet" else None)
    if kind == "visit":
        after = re.match(r"\s*(?:the\s+)?([A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})", title[m.end():])
        place = roster.lexicon.place(after.group(1)) if after else None
    people = len(actors)
    if kind == "meet" and named and people < 2:
        actors.update((k, "participant") for k in roster.lexicon.members.get(named, []))  # "Greek-Turkish talks"
        people = len(actors)
    if kind in ("meet", "call") and people < 2 and not (place and people):
        return None
    if kind == "visit" and not (people and place) or kind == "sign" and people < 2:
        return None
    event_type = _TYPE[kind]
    standing = process in roster.lexicon.processes and \
        roster.lexicon.processes[process].name in gazetteer.STANDING_PROCESSES
    if event_type == "meeting" and process and (_TALKS.search(title) or standing):
        event_type = "talk_round"  # a meeting of standing talks is a session of them, as for a body sentence
    c = Candidate(event_type, 0, 0, actors=actors, venue=place, evidence=[title], process=process)
    if event_type == "call":
        c.venue = None
    said = [d for d in find_dates(title, anchor) if d.precision == "day"]  # "Today", "on Thursday"; not "since 2019"
    c.future = bool(m.group("plan")) or bool(said and said[0].future)
    if said:
        c.set_date(said[0])
    elif not c.future and anchor is not None:
        c.first = c.last = anchor  # the historic present of the day's news: the page's day (round 890)
        c.precision, c.dated_by = "day", "publication"
    if _covered(c, events, anchor, roster):
        return None
    if c.venue and _country(c.venue[0], roster):
        c.venue = None  # "arrive in Egypt": the town is not told, and a country is no venue (docs/extraction.md, "Venue")
    c.confidence = 0.5
    return c


__all__ = ["headline_event", "headline_told"]
