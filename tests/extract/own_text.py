"""Articles of our own for the extraction tests: a few sentences wrapped as an analyst pastes a wire."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.dates import find_dates
from tracker.extract.lexicon import Lexicon
from tracker.extract.triggers import find_triggers

#: "Today" for the tests: after every publication date they use.
TODAY = dt.date(2023, 6, 1)


def extract_text(text: str, lexicon: Lexicon, today: dt.date = TODAY, *, learned: bool = True):
    """The extraction of `text` as pasted (header lines, headline, dateline and body as written); `learned=False`: the
    rule stage, before the learned steps (a test of a rule's own output, which a retrain must not move)."""
    return extract_article(parse_text(text, "own"), lexicon, today=today, learned=learned)


def extract_own(body: str, lexicon: Lexicon, *, published: str = "2023-05-12", headline: str = "Talks",
                today: dt.date = TODAY, learned: bool = True):
    """The extraction of `body` under a publication date and a headline (`learned=False`: the rule stage)."""
    return extract_text(f"published: {published}\n\n{headline}\n\n{body}", lexicon, today, learned=learned)


def typed_events(body: str, lexicon: Lexicon, *, learned: bool = True) -> list[tuple]:
    """(type, first day, actor names sorted) of each event extracted from `body` (published Friday 2023-05-12)."""
    extraction = extract_own(body, lexicon, learned=learned)
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def rule_days(body: str, lexicon: Lexicon, kind: str) -> list[dt.date | None]:
    """The first day of each event of type `kind` the rule stage extracts from `body` (the learned steps off)."""
    return [first for event_type, first, _ in typed_events(body, lexicon, learned=False) if event_type == kind]


def trigger_texts(sentence: str, kind: str) -> list[str]:
    """The phrases of `sentence` the trigger table reads as events of type `kind`."""
    return [t.text for t in find_triggers(sentence) if t.event_type == kind]


def rule_types(body: str, lexicon: Lexicon) -> list[str]:
    """The types of the events the rule stage extracts from `body`, in order (the learned steps off)."""
    return [kind for kind, _, _ in typed_events(body, lexicon, learned=False)]


def speakers(body: str, lexicon: Lexicon, *, learned: bool = True) -> list[list[str]]:
    """The actor names (sorted) of each statement extracted from `body` (published Friday 2023-05-12)."""
    return [actors for kind, _, actors in typed_events(body, lexicon, learned=learned) if kind == "statement"]


def typed_actors(body: str, lexicon: Lexicon, *, learned: bool = True) -> list[tuple]:
    """(type, actor names sorted) of each event extracted from `body` (published Friday 2023-05-12)."""
    extraction = extract_own(body, lexicon, learned=learned)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def actor_lists(body: str, lexicon: Lexicon, *, learned: bool = True) -> list[list[str]]:
    """The sorted actor names of each event extracted from `body`."""
    return [actors for _, actors in typed_actors(body, lexicon, learned=learned)]


def days_of(body: str, lexicon: Lexicon, types: tuple[str, ...], *, published: str = "2023-05-12") -> list[tuple]:
    """(type, first day) of each event of one of `types` extracted from `body`."""
    return [(c.event_type, c.first) for c in extract_own(body, lexicon, published=published).events
            if c.event_type in types]


def event_types(body: str, lexicon: Lexicon) -> list[str]:
    """The type of each event extracted from `body` (published Friday 2023-05-12), in order."""
    return [c.event_type for c in extract_own(body, lexicon).events]


def process_names(body: str, lexicon: Lexicon, headline: str = "Talks") -> set:
    """The names of the processes of the events extracted from `body` under `headline`."""
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


def venues_of(body: str, lexicon: Lexicon, published: str = "2023-05-12") -> list[str | None]:
    """The venue (None when there is none) of each event extracted from `body`, in order."""
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon, published=published).events]


def gathering_venues(body: str, lexicon: Lexicon) -> list[str | None]:
    """The venue (None when there is none) of each meeting, talk round and summit extracted from `body`, in order."""
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events
            if c.event_type in ("meeting", "talk_round", "summit")]


def typed_days(body: str, lexicon: Lexicon) -> list[tuple]:
    """(type, first day) of each event extracted from `body`: `typed_events` without the actors."""
    return [(event_type, day) for event_type, day, _ in typed_events(body, lexicon)]


def process_key(name: str, lexicon: Lexicon) -> str:
    """The key of the gazetteer process named `name`."""
    return next(k for k, e in lexicon.processes.items() if e.name == name)


def state_key(name: str, lexicon: Lexicon) -> str:
    """The key of the first actor `name` names (a state's name: its state)."""
    return next(m.key for m in lexicon.scan(name) if m.role == "actor")


def date_spans(text: str, published: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first, last) of each date `find_dates` reads in `text` published on `published`."""
    return [(d.first, d.last) for d in find_dates(text, published)]
