"""The official who says a state's words in the attribution that ends the sentence (round 362): "The United States
welcomes the appointment, Secretary of State Jane Doe said in a statement" gave the United States alone, since the
speech verb read first ("welcomes") has the state as its subject and the person named in the closing ", … said" was
left out. The guideline's speaker is the official with their state (docs/extraction.md, "Actors"), so the person the
attribution names joins the statement, announcement or proposal of that sentence when the statement's actors are
states or bodies only and the person is of one of them (or of no state the text gives). Part of
`assemble.extract_article`."""
from __future__ import annotations

import re

from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.mentions import Roster, find_actors

#: An attribution after a comma: ", Secretary of State X said (in a statement, …)", ", X told reporters"
_SAID = re.compile(r",\s*(?P<who>[^,⟦]{3,100}?)\s+(?:said|says|told|added|noted|stated|announced|wrote)\b")

#: Two capitalised words in a row: a name may be there
_TWO_NAMES = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def _kind(roster: Roster, key: str) -> str:
    entry = roster.entry(key)
    return entry.kind if entry is not None else ""


def tail_speakers(events: list[Candidate], texts: list[str], roster: Roster) -> None:
    """Add to each speech event the official that its sentence's closing attribution names (see the module)."""
    for c in events:
        if c.event_type not in SPEECH_TYPES or not 0 <= c.order < len(texts) or not c.actors:
            continue
        said = _SAID.search(texts[c.order], 20)
        if said is None or not _TWO_NAMES.search(said.group("who")) or any(_kind(roster, k) == "official" for k in c.actors):
            continue  # no named person in the attribution, or a person speaks already
        people = [a for a in find_actors(said.group("who"), roster) if _kind(roster, a.key) == "official"]
        if len(people) != 1:
            continue  # none, or several: whose words they are is not clear
        person = people[0].key
        state = roster.state_of(person)
        if state not in (None, person) and state not in c.actors:
            continue  # an official of another state reports them: "X wants talks, Y's minister said" stays X's
        c.actors[person] = "speaker"
        if c.speaker is None or _kind(roster, c.speaker) != "official":
            c.speaker = person


__all__ = ["tail_speakers"]
