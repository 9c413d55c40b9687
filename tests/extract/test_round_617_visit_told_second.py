"""Round 617: the talks of a visit's own sentence fold into the visit even when an arrival told earlier dates the visit
and leads its evidence ("X arrived in Y last Sunday … X concluded a two-day visit to Y, during which she held talks with
Z"). Sentences of our own, on the step itself."""
from __future__ import annotations

import datetime as dt

from tracker.extract.candidate import Candidate
from tracker.extract.visit_meetings import fold_visit_meetings

_ARRIVED = "Ana Soto had arrived in Lima last Sunday to meet the rebel leaders."
_CONCLUDED = "The UN envoy, Ana Soto, concluded a two-day visit to Lima, during which she held talks with the rebel leaders."
_SUNDAY, _MONDAY = dt.date(2023, 5, 7), dt.date(2023, 5, 8)


def _visit() -> Candidate:
    return Candidate("visit", 1, 1, first=_SUNDAY, last=_MONDAY, precision="day", dated_by="text",
                     actors={"soto": "participant"}, evidence=[_ARRIVED, _CONCLUDED])


def test_talks_of_the_visit_sentence_fold_when_the_arrival_leads(lexicon) -> None:
    talks = Candidate("talk_round", 1, 1, first=_SUNDAY, last=_SUNDAY, precision="day", dated_by="context",
                      actors={"soto": "participant", "rebels": "participant"}, evidence=[_CONCLUDED])
    events = fold_visit_meetings([_visit(), talks])
    assert [c.event_type for c in events] == ["visit"] and "rebels" in events[0].actors


def test_guard_talks_dated_after_the_visit_stay(lexicon) -> None:
    """The guard: talks of that sentence dated outside the visit's days are their own event."""
    later = dt.date(2023, 5, 20)
    talks = Candidate("talk_round", 1, 1, first=later, last=later, precision="day", dated_by="text",
                      actors={"soto": "participant"}, evidence=[_CONCLUDED])
    assert len(fold_visit_meetings([_visit(), talks])) == 2
