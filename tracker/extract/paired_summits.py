"""Numbered summits held together are one summit (docs/extraction.md, round 690).

A regional body that meets twice a year often holds both of its numbered summits in the same days and town and news
copy names them in one plural: "the 44th and 45th ASEAN Summits will be held in Vientiane from October 8 to 11",
"leaders will gather for the 12th and 13th EU-China summits next month". The plural "summits" alone names no one
gathering ("the two leaders have held three summits"); two ordinals joined by "and" before it do: one gathering, in
one place, over one span of days. `triggers.find_triggers` takes such a phrase as the head noun of "will be held",
"took place", and `triggers.noun_triggers` as the noun a date after it belongs to.
"""
from __future__ import annotations

import re

#: Two ordinals joined by "and" (or a dash), then up to three words of name, then the plural "summits":
#: "the 40th and 41st ASEAN Summits", "the 22nd-23rd Summits", "the 5th and 6th Arab-China summits"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
PAIRED_SUMMITS = re.compile(rf"\b{_ORDINAL}(?:\s+and\s+|\s*[-–]\s*){_ORDINAL}\s+(?:[\w'’-]+\s+){{0,3}}?(?P<noun>[Ss]ummit)s\b")


def paired_summits(text: str) -> list[re.Match]:
    """The numbered summits held together that `text` names (none without the plural, a cheap test first)."""
    if "ummits" not in text:
        return []
    return list(PAIRED_SUMMITS.finditer(text))


def before_date(window: str, tail: str) -> re.Match | None:
    """The numbered summits held together whose phrase ends `window` with `tail` (the words a noun may have between it
    and its date: "… Summits in Laos in October"), or None."""
    if "ummits" not in window:
        return None
    found = None
    for m in re.finditer(PAIRED_SUMMITS.pattern + tail, window):
        found = m
    return found
