"""The place a gathering's later sentence names, when its first names none (round 1325, issue 10).

Many passes fold one event's tellings into one candidate ("The envoys … will meet the council's head" and "… delegations
arrived in Kenya's capital Nairobi … to negotiate"; "… has been holding talks since Wednesday with three groups" and
"Leaders of … are meeting the committee … in the capital Tashkent"). The sentence that dates the
event comes first, and the venue readings read that one, so a place only another telling gave was lost (dev articles
534, 960 and 967 of branch v30's census). A meeting, talk round, summit or visit with no place now reads its other
sentences with `venues.venue_of` and takes the one place they give. Guards:
- a sentence whose triggers tell words only, or that tells a call ("During a phone call, the ministers stressed the need
  to end the aggression in X. … the summit held in Y on March 4"), places nothing: a call happens nowhere, and the
  places around it are its topics or other events';
- a sentence with a day other than the event's ("A government delegation arrived in X on Wednesday" for talks that
  resumed on Thursday: synthetic 014 leaves them unplaced) places nothing; the day of a saying ("media said on
  Sunday") does not count;
- two different places give none;
- agreements stay out: an accord's other sentences often place the talks of another day it came from (the dev check
  placed three accords whose labels have none and fixed none).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.dates import find_dates
from tracker.extract.mentions import Roster
from tracker.extract.triggers import find_triggers
from tracker.extract.venues import venue_of

#: A speech verb right before a day: "X's media said on Sunday" dates the saying, not the sentence's event
_SAID = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|added|stated)\s+(?:on\s+)?$")
#: The kinds of event a place is read for, and the kinds of trigger a sentence must tell (if it tells any) to place one
_KINDS = ("meeting", "talk_round", "summit", "visit")


def _place(sentence: str, c: Candidate, roster: Roster) -> tuple[str, str | None] | None:
    """The place `sentence` gives `c`, read from its trigger of `c`'s kind (else of any gathering kind, else its start)."""
    triggers = find_triggers(sentence)
    kinds = [t for t in triggers if t.event_type in _KINDS]
    if (triggers and not kinds) or any(t.event_type == "call" for t in triggers):
        return None  # words only, or a call: a call happens nowhere, and its sentence's places are its topics or others'
    if c.first is not None and any(d.precision == "day" and not d.first <= c.first <= d.last
                                   and not _SAID.search(sentence, max(0, d.start - 30), d.start)
                                   for d in find_dates(sentence, c.first)):
        return None  # a sentence of another day tells another moment: "A delegation arrived in X on Wednesday" (talks Thursday)
    near = next((t.start for t in kinds if t.event_type == c.event_type), kinds[0].start if kinds else 0)
    return venue_of(sentence, roster, near, None, visit=c.event_type == "visit", on=c.first)


def folded_venues(events: list[Candidate], roster: Roster) -> None:
    """A gathering or visit with no place takes the one place its later sentences give (its first gives none)."""
    for c in events:
        if c.event_type not in _KINDS or c.venue is not None or len(c.evidence) < 2:
            continue
        places = {p for p in (_place(e, c, roster) for e in c.evidence[1:]) if p is not None}
        if len(places) == 1:
            c.venue = places.pop()


__all__ = ["folded_venues"]
