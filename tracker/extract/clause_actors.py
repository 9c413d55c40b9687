"""Two events told in two clauses of one sentence, each with its own subject (round 492): "X visited Lima on May 3 while Y
will travel to the Peruvian capital on May 15", "X held talks in Lima with Y, and later he received a phone call from Z".
The sentence's rules give each event every party the sentence names outside speech, so both visits had both travellers
and the call had the first meeting's guest. When a later clause opens on a subject of its own (a named actor, or "he" /
"she", who is the subject of the first clause), each event keeps the actors named in its own clause: an actor named
only in the other clause leaves it. The host of the verb's own venue stays. A sentence with a speech event of its own
is left as it is (who speaks and who takes part is settled there). Part of `assemble.extract_article`."""
from __future__ import annotations

import re

from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.mentions import ActorMention, Roster, find_actors
from tracker.extract.triggers import find_triggers

#: The seam between two clauses: ", and (later / then …)", " while ", "; "
_SEAM = re.compile(r",\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+|;\s+")
#: Words that may stand between the seam and the second clause's subject: "later in mid-May", "on May 5", "then"
_LEAD_IN = re.compile(r"(?:(?:later|then|also|subsequently|afterwards|meanwhile)\b[^,;]{0,30}?\s*|(?:on|in|at)\s+[^,;]{1,30}?,?\s*)?$")


def _subject_after(text: str, seam: re.Match, stop: int, actors: list[ActorMention]) -> ActorMention | None:
    """The subject that opens the clause after `seam`: the first actor named before the clause's verb at `stop`."""
    for a in actors:
        if seam.end() <= a.start < stop and a.prep is None and not a.topic:
            return a if _LEAD_IN.match(text[seam.end():a.start]) or a.text.lower() in ("he", "she") else None
    return None


def split_clause_actors(found: list[Candidate], text: str, roster: Roster) -> None:
    """Give each of two events told in two clauses of `text` the actors of its own clause (see the module)."""
    events = [c for c in found if c.event_type not in SPEECH_TYPES and not c.reference]
    if len(events) != 2 or len(found) != 2 or not _SEAM.search(text):
        return
    triggers = find_triggers(text)
    verbs = [t for t in triggers if t.event_type in {c.event_type for c in events}]
    first = next((t for t in verbs if t.event_type == events[0].event_type), None)
    second = next((t for t in verbs if first is not None and t.start >= first.end and t.event_type == events[1].event_type), None)
    if first is None or second is None:
        return
    seam = next((m for m in _SEAM.finditer(text, first.end, second.start)), None)
    if seam is None:
        return
    last = dict(roster.last)
    actors = find_actors(text, roster)
    roster.last = last
    subject = _subject_after(text, seam, second.start, actors)
    if subject is None:
        return
    if subject.text.lower() in ("he", "she"):  # "…, and later he received a call": the first clause's subject
        opener = next((a for a in actors if a.end <= first.start and a.prep is None and not a.topic), None)
        if opener is None:
            return
        subject = opener
        events[1].actors.setdefault(subject.key, "participant")
    before = {a.key for a in actors if a.end <= seam.start() and a.text.lower() not in ("he", "she")}
    after = {a.key for a in actors if a.start >= seam.end() and a.text.lower() not in ("he", "she")} | {subject.key}
    for c, own, other in ((events[0], before, after), (events[1], after, before)):
        venue = roster.lexicon.state_by_country.get(c.venue[1]) if c.venue and c.venue[1] else None
        for key in list(c.actors):
            if key != venue and key in other and key not in own:
                del c.actors[key]


__all__ = ["split_clause_actors"]
