"""A held meeting or call told again below, without a day, by the same people (round 420).

"Staffan de Mistura met members of the Polisario movement on Saturday in Tindouf. … Khatri Addouh and Omar Sidi Mohamed
met with De Mistura in a refugee camp.": the second sentence names no day, so `undated_events.date_undated` gave it the day of
the event just reported, the meeting above, and the story had two meetings of one day with the same envoy. It is one
meeting told twice, from the other side (docs/extraction.md, "What counts as an event": the same event told twice is
one). An undated held gathering that takes its day from a gathering of its own type which names one of its persons now
folds into it, unless each names a counterpart the other lacks ("X met Y on Saturday. X also met Z.": two meetings,
round 261) or they stand in two places.

Round 423: one gathering told twice in one sentence ("Astana is set to host a significant meeting on Tuesday as the
deputy ministers of X, Y and Z gather"): the verb gave an undated meeting, the dated noun a planned one, and the two
were kept apart because only one was read as planned. A sentence's undated gathering of the same type, the same parties
(one set within the other) and no other place as a dated one of that sentence is that one (`merging._same_event`).
"""
from __future__ import annotations

from tracker.extract.candidate import Candidate
from tracker.extract.counterparts import other_counterparts
from tracker.extract.lexicon import Entry
from tracker.extract.mentions import Roster
from tracker.resolve import fold


def _persons(c: Candidate, roster: Roster) -> set[str]:
    return {k for k in c.actors if (roster.entry(k) or Entry("", "", "")).kind == "official"}


def retold(c: Candidate, source: Candidate, roster: Roster) -> bool:
    """True when undated `c`, dated by the gathering `source` just reported, is that gathering told again."""
    if c.event_type != source.event_type or c.event_type not in ("meeting", "call") or c.future or source.future:
        return False
    if c.venue and (not source.venue or fold(c.venue[0]) != fold(source.venue[0])):
        return False  # two places, or the place told only the second time: left to `venues.same_day_persons` (385)
    if not _persons(c, roster) & _persons(source, roster):
        return False  # a person of both: "the envoy met …" and "… met with the envoy"
    return not other_counterparts(c, source, roster)


def twice_in_sentence(a: Candidate, b: Candidate) -> bool:
    """True when two gatherings of one type from one sentence, one dated and one not, are one (round 423)."""
    if a.event_type != b.event_type or (a.first is None) == (b.first is None) or a.event_type not in _GATHERINGS:
        return False
    if not set(a.evidence) & set(b.evidence) or a.round_number and b.round_number and a.round_number != b.round_number:
        return False
    if a.venue and b.venue and fold(a.venue[0]) != fold(b.venue[0]):
        return False
    return bool(a.actors) and (set(a.actors) <= set(b.actors) or set(b.actors) <= set(a.actors))


_GATHERINGS = {"meeting", "summit", "talk_round", "visit", "call"}

__all__ = ["retold", "twice_in_sentence"]
