"""A place inside a person's title is no venue: "Afghanistan's ambassador in Moscow", "the head of the UN information
office at Geneva", "once he assumes his post in Washington" (round 1172).

`venues.venue_of` reads "in/at <place>" near an event's verb; when the words right before "in"/"at" are a post held
there by someone named as its holder ("Afghanistan's ambassador", "the new Colombian ambassador", "his post", "the
head of the … office"), the place says where that person is posted, not where the event happened: "X and
Afghanistan's ambassador in Moscow, Y, have had a meeting" does not say where they met (docs/extraction.md, "Dateline
city and venue": the most specific place the text says the event happened in). A title with no such holder stays a
place ("met with the UN envoy in Geneva" is where they met), and so do premises ("at the embassy in Moscow").
"""
from __future__ import annotations

import re
from collections.abc import Callable

_POSTS = r"(?i:ambassador|envoy|representative|consul(?:-general)?|charg[ée]\s+d['’]affaires|correspondent)s?"
#: The post right before "in"/"at", with its holder: "Afghanistan's ambassador in", "the Colombian ambassador in" (the
#: word before the title an adjective of a state), "assumes his post in", "the head of the UN information office at"
_POST_BEFORE = re.compile(
    r"(?:\b(?:(?P<state>[A-Z][\w.'’-]*['’]s)|(?P<adj>[A-Z][\w'’-]+))\s+(?:(?:new|deputy|special|top|former)\s+)?" + _POSTS
    + r"|\b(?:his|her|their)\s+(?:new\s+)?post|\bhead\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}office)\s+$")


def posted_at(text: str, at: int, adjective: Callable[[str], bool]) -> bool:
    """Whether the "in/at <place>" starting at `at` names where a person is posted (a title), not an event's place;
    `adjective` says whether a capitalised word is a state's adjective ("Colombian")."""
    m = _POST_BEFORE.search(text, max(0, at - 60), at)
    return bool(m) and (not m.group("adj") or adjective(m.group("adj")))


__all__ = ["posted_at"]
