"""An agreement made at a gathering the text places takes the gathering's venue (rounds 1145-1147, 1160).

The guideline's decision 3 of the twenty-third stop ("Dateline city and venue"): an accord signed, reached or adopted
at a meeting, round, summit or visit is placed where that gathering was ("Following the meeting, a protocol was
signed" after the meeting in a town; "signed the joint declaration after the summit" held in a capital). The accord's
own sentence seldom repeats the place, which the article gives with the gathering in another sentence, so the
agreement read from it had none. A held agreement with no place whose day lies within a held, placed gathering told in
another sentence that shares a party with it takes that gathering's place, when all such gatherings agree on one. A
gathering the text does not place gives nothing, and neither does a year ("a year after the signing of the Stockholm
Agreement" is no act of that year's talks). A gathering read from the accord's own sentence gives it nothing by this
transfer ("agreed in the meeting they held this Saturday to continue the talks in January in Caracas": the place is
the talks' to come); only the forms of rounds 1146 and 1160 below read that sentence. An accord told in someone's words
("X said the two sides have agreed to …") is left alone: it is mostly a speaker's account of what a meeting reached,
the meeting's content rather than an act of its own (the Speech rule), and a place would only make the learned keep
step keep it.

The accord's own sentence may place the gathering itself ("agreed at the Leaders' Meeting held in Jakarta", "During a
meeting in Oslo on May 2, they signed …", "a meeting held in Moscow, during which they agreed": round 1146), or open on
it named again ("Following the meeting, a protocol was signed": the gathering told just before, round 1147).
"""
from __future__ import annotations

import re

from tracker.extract.backrefs import _fits
from tracker.extract.candidate import Candidate
from tracker.extract.fronted_gatherings import _FRONTED
from tracker.extract.mentions import Roster
from tracker.extract.venues import venue_of

#: the gatherings an accord is made at (the guideline's "meeting, round, summit or visit")
_GATHERINGS = ("talk_round", "meeting", "summit")
#: an accord told in someone's words: "Grossi said the IAEA and Iran have agreed", "'… the two sides have agreed'"
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|confirmed|confirms|stated|announced|according\s+to)\b|^\W*[\"“‘']")

_GATHERING_NOUN = r"(?i:talks|negotiations|meetings?|summit|conference|session|round|consultations|discussions|encounter)"
#: the gathering an accord was made at, placed in the accord's own sentence (round 1146): "agreed at the Leaders' Meeting
#: held in Jakarta", "signed during their talks in Doha", "a meeting held in Moscow on May 10, during which they agreed"
_MADE_AT = re.compile(r"\b(?:agreed|signed|adopted|reached|concluded|inked|endorsed)\s+(?:upon\s+|on\s+)?(?:at|during)\s+"
                      r"(?:(?:a|an|the|their|its|his|her|this)\s+)?(?:(?!(?:news|press|media)\b)[\w'’+-]+\s+){0,5}?"
                      + _GATHERING_NOUN + r"\s+(?:(?:that\s+was\s+|which\s+was\s+)?held\s+)?(?P<where>(?:in|at)\s+[^,;:⟦]{2,80})")
_DURING_WHICH = re.compile(_GATHERING_NOUN + r"\s+(?:held\s+|that\s+took\s+place\s+|which\s+took\s+place\s+)?"
                           r"(?P<where>(?:in|at)\s+[^,;:⟦]{2,80}?),\s+(?:during|at)\s+which\b")


#: the gathering placed before the accord in its own sentence (round 1160): "the meeting ended in Astana on Wednesday with
#: the adoption of a joint statement", "negotiators meeting in Paris on Wednesday agreed to respect the ceasefire"
_ENDED_WITH = re.compile(r"\b(?:ended|concluded|closed|wrapped\s+up)\s+(?P<where>in\s+[A-Z][^,;:⟦]{1,60}?)\s+"
                         r"(?:on\s+[A-Z][a-z]+day\s+|(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\s+)?"
                         r"with\s+the\s+(?:adoption|signing|approval)\s+of\b")
_MET_AND_AGREED = re.compile(r"\b(?:meeting|met|gathered)\s+(?P<where>in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
                             r"(?:on\s+[A-Z][a-z]+day\s+)?(?:have\s+|had\s+)?agreed\b")


def _own_sentence_place(sentence: str, roster: Roster) -> tuple[str, str | None] | None:
    """The place of the gathering the accord's own sentence says it was made at, or None."""
    if " with the " in sentence and (m := _ENDED_WITH.search(sentence)):
        return venue_of(m.group("where"), roster, 0, None)
    if " agreed" in sentence and (m := _MET_AND_AGREED.search(sentence)):
        return venue_of(m.group("where"), roster, 0, None)
    if sentence.lstrip(" \"“‘'").startswith(("At ", "During ")) and (m := _FRONTED.match(sentence)):
        return venue_of(m.group("where"), roster, 0, None)  # "During a meeting in Washington on August 8, they signed"
    if " which" in sentence and (m := _DURING_WHICH.search(sentence)):
        return venue_of(m.group("where"), roster, 0, None)
    if (" at " in sentence or " during " in sentence) and (m := _MADE_AT.search(sentence)):
        return venue_of(m.group("where"), roster, 0, None)
    return None

#: an accord's sentence opening on the gathering named again (round 1147): "Following the meeting, a protocol was
#: signed", "At the end of the talks on Friday, the sides signed …"
_AFTER_IT = re.compile(r"\W*(?:Following|After|At\s+the\s+(?:end|close|conclusion)\s+of|At|During)\s+"
                       r"(?:the|this|that|their|today['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:meeting|talks|session|negotiations|"
                       r"discussions|consultations|summit)(?:\s+on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|"
                       r"[A-Z][a-z]+\s+\d{1,2}))?\s*,")


def _named_again(accord: Candidate, events: list[Candidate]) -> tuple[str, str | None] | None:
    """The place of the gathering an accord's sentence names again, told in the three sentences before it."""
    if not accord.evidence[0].lstrip(" \"“‘'").startswith(("Following ", "After ", "At ", "During ")) \
            or not _AFTER_IT.match(accord.evidence[0]):
        return None
    told = [g for g in events if g.event_type in _GATHERINGS and not g.future and accord.order - 3 <= g.order < accord.order
            and _fits(accord, g)]
    last = max((g.order for g in told), default=None)
    places = {g.venue for g in told if g.order == last}
    return places.pop() if len(places) == 1 and None not in places else None


def _parties(c: Candidate, roster: Roster) -> set[str]:
    """The states and bodies an event's actors speak for."""
    return {roster.state_of(k) or k for k in c.actors}


def accord_venues(events: list[Candidate], roster: Roster) -> None:
    """A held agreement with no place takes the place of the gathering its own sentence says it was made at (round
    1146), else the one place of the held gatherings of its day, told in other sentences, that share a party (1145)."""
    accords = [c for c in events if c.event_type == "agreement" and c.venue is None and not c.future and c.evidence]
    if not accords:
        return
    gatherings = [g for g in events if g.event_type in _GATHERINGS and g.venue is not None and not g.future
                  and g.first is not None and g.precision != "year"]
    for accord in accords:
        sentence = accord.evidence[0]
        if place := _own_sentence_place(sentence, roster) or _named_again(accord, events):
            accord.venue = place
            continue
        if accord.first is None or accord.precision == "year" or not accord.actors or _REPORTED.search(sentence):
            continue
        parties = _parties(accord, roster)
        places = {g.venue for g in gatherings if g.first <= accord.first <= (g.last or g.first)
                  and parties & _parties(g, roster) and sentence not in g.evidence}
        if len(places) == 1:
            accord.venue = places.pop()


__all__ = ["accord_venues"]
