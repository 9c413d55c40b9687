"""The place a headline gives the story's gathering: "Trade talks resume in Oslo", "Leaders to meet in Hanoi next
week", "Peace conference opens in Algeria". A headline tells the story's main event in a few words, place included,
and the body often tells that event again without it ("The talks began on Monday …"); the body's first gathering with
no place of its own then takes the headline's (round 804)."""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import fast_start

#: A gathering noun or a meeting verb, then (within a few words) "in <Place>": "talks in Kenya", "meeting starts in
#: Brussels", "to discuss migration in Moscow", "summit opens on Monday in Doha"
_HEADLINE = fast_start(re.compile(r"\b(?:talks|negotiations|meeting|meetings|summit|round|conference|dialogue|consultations|session|"
                       r"meet|meets|discuss|discusses|convene|convenes)(?:\s+[\w'’-]+){0,4}?\s+in\s+(?:the\s+)?"
                       r"(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})", re.I))
#: (not "talks on the war in Gaza": a place after a topic noun is what the talks are about)
_TOPIC = re.compile(r"\b(?:war|conflict|crisis|ceasefire|truce|fighting|violence|situation|attacks?|peace|hostages|"
                    r"offensive|clashes|refugees|troops|deaths?)\s+(?:\w+\s+)?in\s+(?:the\s+)?$", re.I)
#: A name the town begins: "in Astana format", "in Minsk format"
_NAMED = re.compile(r"[ -](?:[Ff]ormat|[Pp]rocess|track)\b")
_GATHERINGS = ("talk_round", "meeting", "summit")
#: A headline is short: a longer first line is a lead or a photo caption ("… speaks to the press on the talks, at the
#: UN headquarters in New York, March 10"), which tells other scenes
_LONGEST = 110
#: Days a gathering may lie before the story's latest one and still be the headline's
_BACKGROUND_DAYS = 7


def headline_place(title: str, roster: Roster) -> tuple[str, str | None] | None:
    """The place the headline gives a gathering it tells, or None."""
    for m in _HEADLINE.finditer(title):
        if _TOPIC.search(title[:m.start("place")]):
            continue
        if _NAMED.match(title, m.end()):
            continue  # "Syria talks in Astana format": a name, no place
        words = m.group("place").rstrip(".").split()
        place = next((roster.lexicon.place(" ".join(words[:n])) for n in range(len(words), 0, -1)
                      if roster.lexicon.place(" ".join(words[:n]))), None)
        if place:
            return place
    return None


def headline_venues(events: list, title: str | None, roster: Roster) -> None:
    """The story's first gathering, when it is dated and has no place, takes the place the headline gives a gathering
    (not when its sentence names the talks by that town: "The Jeddah talks resumed", a process's name); not when a
    gathering of the story already has that place (the headline's event is that one) or has another place in the
    headline place's country (the headline then names the country of a town the body gives)."""
    if not title or len(title) > _LONGEST or not any(c.event_type in _GATHERINGS for c in events):
        return
    place = headline_place(title, roster)
    if place is None:
        return
    gatherings = sorted((c for c in events if c.event_type in _GATHERINGS), key=lambda c: c.order)
    latest = max((c.first for c in gatherings if c.first is not None and not c.future), default=None)
    if latest is not None:  # a held gathering weeks older than the story's last held one is background (a file
        # photo's caption, an earlier round), not the one the headline tells (round 1066)
        gatherings = [c for c in gatherings if c.first is None or c.future or (latest - c.first).days <= _BACKGROUND_DAYS]
    if any(c.venue is not None and (c.venue == place or c.venue[1] == place[1]) for c in gatherings):
        return
    first = gatherings[0]
    named = re.compile(rf"\b{re.escape(place[0])}\s+(?:talks|negotiations|process|format|track|dialogue)\b")
    if first.venue is None and first.first is not None and not any(named.search(e) for e in first.evidence):
        first.venue = place  # (not an undated mention of the series, nor "the Jeddah talks resumed": named by the town)


__all__ = ["headline_place", "headline_venues"]
