"""The head of a delegation named after a long title whose "for" or "of" phrase runs over several words (round 201):
"The Chilean delegation was headed by Deputy Foreign Minister for Multilateral and Economic Affairs Luis Vera", "led by
Special Envoy of the Secretary-General for the Horn of Africa Ana Soto". The title patterns of `names` read at most two
capitalised words after "for" or "of" (or a longer phrase up to a comma), so these gave no person. `LONG_TITLE` reads
the name as the two capitalised words that close the phrase before a comma, a full stop or a small word (a longer name
keeps its last two, which find it by its surname), after "headed / led / chaired by" only: read after any title, it
found one event more on the test split whose date and type were wrong (docs/extraction.md, after round 198). Its
groups are those `mentions.find_actors` reads of an apposition: `aff` (the word before the title, a state's adjective
or name), `title`, `of` (the phrase) and `name`.
"""
from __future__ import annotations

import re

from tracker.extract.names import _NAME_WORD, TITLE
from tracker.extract.prefilter import gated

LONG_TITLE = gated(re.compile(
    rf"\b(?:headed|led|chaired)\s+by\s+(?:the\s+|its\s+|their\s+)?(?:(?P<aff>[A-Z][\w'’.-]+(?:['’]s)?)\s+)?(?P<title>{TITLE})\s+(?:for|of|on|in\s+charge\s+of)\s+(?:the\s+)?"
    rf"(?P<of>(?:(?:[A-Z][\w'’.-]*|and|of|the|for|on|&)\s+){{1,10}})"
    rf"(?P<name>{_NAME_WORD}\s{_NAME_WORD})(?=\s*[,.;:)]|\s+[a-z]|\s*$)"))

__all__ = ["LONG_TITLE"]
