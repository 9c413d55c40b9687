"""A place inside a person's title is no venue: "Afghanistan's ambassador in Moscow", "the head of the UN information
office at Geneva", "once he assumes his post in Washington" (round 1172).

`venues.venue_of` reads "in/at <place>" near an event's verb; when the words right before "in"/"at" are a post held
there ("ambassador", "envoy", "representative", "consul", "chargé d'affaires", "correspondent", "his post", or an
office a person heads), the place says where that person is posted, not where the event happened: "X and Afghanistan's
ambassador in Moscow, Y, have had a meeting" does not say where they met (docs/extraction.md, "Dateline city and
venue": the most specific place the text says the event happened in). Premises ("at the embassy in Moscow", "at the
presidential office in Seoul") stay venues: they are where people meet, not a post.
"""
from __future__ import annotations

import re

#: The post right before "in"/"at": "ambassador in", "envoys at", "chargé d'affaires in", "assumes his post in", "the
#: UN information office at" when a person heads it ("head of the … office at")
_POST_BEFORE = re.compile(
    r"(?:\b(?:ambassador|envoy|representative|consul(?:-general)?|charg[ée]\s+d['’]affaires|correspondent)s?"
    r"|\b(?:his|her|their)\s+(?:new\s+)?post|\bhead\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}office)\s+$", re.I)


def posted_at(text: str, at: int) -> bool:
    """Whether the "in/at <place>" starting at `at` names where a person is posted (a title), not an event's place."""
    return bool(_POST_BEFORE.search(text, max(0, at - 60), at))


__all__ = ["posted_at"]
