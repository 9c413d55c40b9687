"""An accord signed at the gathering just told, in a sentence of its own that gives no date (round 1195).

News and readouts tell a meeting with its day and place, then its outcome a sentence or two later with no date: "The
two ministers signed several cooperation agreements on …", "Three memorandums of understanding were signed between the
two countries", "Following the meeting, the corresponding protocol was signed". `date_undated` drops an undated accord
unless a phrase ties it to the gathering ("after the summit", round 1026's `_SIGNED_AFTER`); the signing told by the
gathering's own parties (or by a referent of them, "the two ministers", "the parties") is the accord of that gathering:
it takes the gathering's last day and its place, and stays undated with an undated gathering the article keeps (its
lead). A signing by others ("Bahrain and the UAE signed the Abraham Accords" after an Israel-Bahrain meeting), one to
come, one put off, or one too far below the gathering (more than three paragraphs) is not it.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Entry
from tracker.extract.mentions import Roster

#: The gatherings whose outcome an accord is ("other": a ceremony the two sides held, "jointly inaugurated the embassy")
_GATHERINGS = ("meeting", "summit", "talk_round", "visit", "other")
#: A signing, active or passive: "signed", "were signed", "inked", "initialled"
_SIGNED = re.compile(r"\b(?:signed|inked|initial(?:l)?ed)\b")
#: A time of its own that a date reader leaves undated ("in the past", "years ago", "once", "earlier"): background
_OWN_TIME = re.compile(r"(?i)\b(?:ago|previously|earlier|once|in\s+the\s+past|(?:had|have|has)\s+(?:\w+\s+)?signed|since)\b")
#: What is signed when an accord is: the guestbook or a letter is no accord
_ACCORD = r"(?:agreements?|accords?|deals?|memorand(?:um|a|ums)|MoUs?|protocols?|treat(?:y|ies)|declarations?|pacts?|conventions?|" \
          r"roadmaps?|communiqu[eé]s?|charters?|documents?|contracts?|arrangements?|statements?|resolutions?)"
_ACCORD_NOUN = re.compile(rf"(?i)\b{_ACCORD}\b")
#: An accord named as told already: "the memorandum signed by both parties consists of …", "The agreement, signed by X
#: and Y, calls for", "the Abraham Accords signed between the two countries" (a participle after its noun), "ten days
#: after the deal was signed" (a clause of time)
_TOLD = re.compile(rf"(?i)\b{_ACCORD},?\s+(?:\w+ly\s+)?signed\b|\b(?:after|since|when|before|until|once)\s+(?:the|a|an|their|its|this|that)\s+"
                   rf"(?:[\w-]+\s+){{0,3}}?(?:was|were|had\s+been|has\s+been|is)\s+signed\b")


def _states(c: Candidate, roster: Roster) -> set[str]:
    """The states and organisations among `c`'s actors (an official counts as the state they speak for)."""
    out = set()
    for key in c.actors:
        entry = roster.entry(key) or Entry("", "", "")
        state = key if entry.kind in ("state", "organisation", "group") else roster.state_of(key)
        if state:
            out.add(state)
    return out


def gathering_of_accord(c: Candidate, kept: list[Candidate], roster: Roster) -> Candidate | None:
    """The gathering told just before the undated signing `c` whose accord it is, or None (see the module docstring)."""
    if c.event_type != "agreement" or c.first is not None or c.future or c.halted or c.reference or not c.evidence \
            or not _SIGNED.search(c.evidence[0]) or not _ACCORD_NOUN.search(c.evidence[0]) \
            or _OWN_TIME.search(c.evidence[0]) or _TOLD.search(c.evidence[0]):
        return None
    return gathering_before(c, kept, roster)


def gathering_before(c: Candidate, kept: list[Candidate], roster: Roster, reach: int = 3,
                     shared: bool = False) -> Candidate | None:
    """The gathering told in the `reach` paragraphs before `c` (the latest dated one), unless `c`'s states are not its
    (with `shared`, unless they have none in common: a subject that points back takes its states from the context)."""
    before = [m for m in kept if m.event_type in _GATHERINGS and m.order < c.order and not m.future and not m.halted
              and 0 <= c.paragraph - m.paragraph <= reach]
    if not before:
        return None
    dated = [m for m in before if m.first is not None]  # "During the talks, …": the talks told with their day, not a
    source = max(dated or before, key=lambda m: m.order)  # later sentence that only retells them
    parties = _states(c, roster)
    theirs = _states(source, roster) | set(source.actors)
    if parties and not (parties & theirs if shared else parties <= theirs):
        return None  # another pair's accord, told as background
    return source


def date_by_gathering(c: Candidate, source: Candidate) -> None:
    """Give the accord `c` the day (the last of a span) and the place of the gathering `source` it closed."""
    day = (source.last or source.first) if source.precision == "day" else None
    c.first, c.last, c.precision = day or source.first, day or source.last, source.precision
    c.dated_by = "context" if source.first is not None else c.dated_by
    c.venue = c.venue or source.venue


__all__ = ["date_by_gathering", "gathering_before", "gathering_of_accord"]
