"""Peace talks with no process known and no number are a session of standing negotiations (round 731).

A gathering with no process the gazetteer knows and no round number is made a `meeting`: the type `talk_round` needs a
series, and a round of "border talks" or "talks between Chile and Peru" may be a one-off. Talks named by their goal of
ending a war ("peace talks", "reconciliation talks", "ceasefire negotiations", "truce talks") are another matter: a
peace negotiation between belligerents is the standing process the guideline's `talk_round` means (its examples are
the intra-Afghan, Venezuela and Astana rounds), whether or not the gazetteer knows it yet. Ministers who "met to
discuss the peace process" still meet: the noun must be the talks themselves.
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import gated

_SERIES = gated(re.compile(r"(?i)\b(?:peace|reconciliation|ceasefire|cease-fire|truce|armistice)\s+"
                           r"(?:talks|negotiations|dialogue|conference)\b"))


def series_talks(text: str) -> bool:
    """Whether `text` names talks held to end a war ("a new round of peace talks", "the reconciliation talks")."""
    return _SERIES.search(text) is not None


__all__ = ["series_talks"]
