"""A country named again by an epithet: "met in the Horn of Africa nation", "talks in the Caribbean island", "a visit
to the Gulf state" (round 1068).

News English avoids naming a country twice in a sentence and writes a description for the second mention: "… met on
Sunday in Djibouti, one day after the leaders met in the Horn of Africa nation". No table knows the description, so
the event it places was left with none. The epithet names the country the same sentence placed something in before
it; with no place before it in the sentence it names nothing this module can know, and is left alone (so is a
description after a topic: "the fighting in the war-torn country").
"""
from __future__ import annotations

import re

from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated

_NOUNS = ("nation", "country", "kingdom", "island", "republic", "emirate", "state")
#: "in the Horn of Africa nation", "to the Gulf state", "in the impoverished Caribbean island" (one to four words)
_EPITHET = gated(re.compile(r"\b(?:in|to)\s+the\s+(?:(?:[A-Z][\w'’-]+|[a-z][\w'’-]+|of)\s+){1,4}?"
                            r"(?:nation|country|kingdom|island|republic|emirate|state)\b(?!\s+(?:of|media|television|"
                            r"news|agency|department|council|secretary|visit)\b)"))
#: A place told before it: "in Djibouti", "at Bridgetown", "to Doha"
_PLACED = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’-]+){0,2})")


def epithet_place(text: str, roster: Roster, near: int, topic) -> tuple[str, str | None] | None:
    """The country an epithet within reach after the event (`near`) names again, from the place told before it in
    the sentence; None when there is none. `topic` tells whether the text before a match makes it a topic."""
    if not any(map(text.__contains__, _NOUNS)):  # a cheap test first
        return None
    for m in _EPITHET.finditer(text):
        if m.start() < near or m.start() - near > 80 or topic(text[max(0, m.start() - 36):m.start()]):
            continue
        before = [roster.lexicon.place(p.group("place").rstrip(".")) for p in _PLACED.finditer(text, 0, m.start())]
        country = next((p[1] for p in reversed(before) if p and p[1]), None)
        state = roster.lexicon.state_by_country.get(country) if country else None
        if state and state in roster.lexicon.entries:
            name = roster.lexicon.entries[state].name
            return roster.lexicon.place(name) or (name, country)
    return None


__all__ = ["epithet_place"]
