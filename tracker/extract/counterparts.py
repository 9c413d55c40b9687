"""Two meetings of one official on one day with different people are two events (round 261).

"Fidan met the Qatari prime minister in Doha on Sunday. … Fidan also met his Greek counterpart in Doha on Sunday": the
same minister, the same day and town, but each meeting has a counterpart the other lacks, so they are two meetings, not
one told twice (a minister on a visit meets several people the same day). `merging._same_event` keeps them apart when
each candidate names a person the other does not, and no name of the one shares a word with a name of the other (so
"Sheikh Mohammed bin Abdulrahman Al Thani" and "Mohammed bin Abdulrahman" stay one person, one meeting).
"""
from __future__ import annotations

from tracker.extract.candidate import Candidate
from tracker.extract.lexicon import Entry
from tracker.extract.mentions import Roster
from tracker.resolve import fold

_GATHERINGS = {"meeting", "summit", "call"}
#: Words of a name that tell nobody apart
_COMMON = {"al", "bin", "ibn", "el", "de", "van", "von", "der", "sheikh", "mr", "ms", "dr", "abu"}


def _persons(c: Candidate, roster: Roster, others: set[str]) -> list[str]:
    return [k for k in c.actors if k not in others and c.actors[k] != "mediator"
            and (roster.entry(k) or Entry("", "", "")).kind == "official"]


def _words(key: str, roster: Roster) -> set[str]:
    return set(fold(roster.name(key)).replace("-", " ").split()) - _COMMON


def other_counterparts(a: Candidate, b: Candidate, roster: Roster) -> bool:
    """True when two gatherings each name a person the other lacks and those people share no word of their names."""
    if a.event_type not in _GATHERINGS or b.event_type not in _GATHERINGS:
        return False
    only_a, only_b = _persons(a, roster, set(b.actors)), _persons(b, roster, set(a.actors))
    if not only_a or not only_b:
        return False
    words_b = set().union(*(_words(k, roster) for k in only_b))
    return not any(_words(k, roster) & words_b for k in only_a)


__all__ = ["other_counterparts"]
