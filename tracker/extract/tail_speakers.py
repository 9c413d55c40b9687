"""The official who says a state's words in the attribution that ends the sentence (round 362): "The United States
welcomes the appointment, Secretary of State Jane Doe said in a statement" gave the United States alone, since the
speech verb read first ("welcomes") has the state as its subject and the person named in the closing ", … said" was
left out. The guideline's speaker is the official with their state (docs/extraction.md, "Actors"), so the person the
attribution names joins the statement, announcement or proposal of that sentence when the statement's actors are
states or bodies only and the person is of one of them (or of no state the text gives). Round 405: when the words are
a person's, told at the sentence's start ("UN Secretary-General X expressed his readiness …, Foreign Minister Y said"),
the attribution's person reports them: the statement is Y's (as "Y said X expressed …" is). Round 612: a statement
whose speaker the attribution changed is one event with that speaker's other words of the same day (`fold_respoken`:
"X expressed his readiness …, Minister Y said on Monday. … Y said that X expressed his willingness …" were two
statements of Y, since the first was X's when the article's statements were merged). Part of
`assemble.extract_article`."""
from __future__ import annotations

import re

from tracker.extract.events import SPEECH_TYPES, Candidate
from tracker.extract.mentions import Roster, find_actors
from tracker.extract.merging import _merge_plain
from tracker.extract.prefilter import gated

#: The verb of an attribution: ", Secretary of State X said (in a statement, …)", ", X told reporters"
_SAID_VERB = gated(re.compile(r"\s(?:said|says|told|added|noted|stated|announced|wrote)\b"))

#: A sentence that opens with a person's words told by a speech verb: "UN Secretary-General X expressed his readiness …"
_REPORTED = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,7}(?:expressed|stressed|said|says|noted|underlined|emphasi[sz]ed|reaffirmed|"
                       r"confirmed|voiced|welcomed|told|assured|promised|pledged)\b")

#: Two capitalised words in a row: a name may be there
_TWO_NAMES = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def _kind(roster: Roster, key: str) -> str:
    entry = roster.entry(key)
    return entry.kind if entry is not None else ""


def _attribution(text: str) -> str | None:
    """The words between the last comma and the first attribution verb after it (3 to 100 characters, no quote
    placeholder), else None: ", Secretary of State X said" gives "Secretary of State X". Read verb first, looking
    back for its comma, since a lazy run from every comma to the verb cost a tenth of a millisecond a sentence."""
    for verb in _SAID_VERB.finditer(text, 20):
        before = text[max(20, verb.start() - 101):verb.start()]
        comma = before.rfind(",")
        if comma < 0:
            continue
        who = before[comma + 1:].lstrip()
        if 3 <= len(who) <= 100 and "⟦" not in who:
            return who.rstrip()
    return None


def tail_speakers(events: list[Candidate], texts: list[str], roster: Roster) -> list[Candidate]:
    """Add to each speech event the official that its sentence's closing attribution names (see the module); return the
    events whose speaker changed."""
    _people: dict[str, list[str]] = {}
    changed: list[Candidate] = []
    for c in events:
        if c.event_type not in SPEECH_TYPES or not 0 <= c.order < len(texts) or not c.actors:
            continue
        named = [k for k in c.actors if _kind(roster, k) == "official"]
        if len(named) > 1:
            continue  # several people speak already
        who = _attribution(texts[c.order])
        if who is None or not _TWO_NAMES.search(who):
            continue  # no named person in the attribution
        found = _people.get(who)
        if found is None:  # one attribution closes many sentences of a story ("…, the ministry's spokesman X said")
            found = _people[who] = [a.key for a in find_actors(who, roster) if _kind(roster, a.key) == "official"]
        people = found
        if len(people) != 1:
            continue  # none, or several: whose words they are is not clear
        person = people[0]
        state = roster.state_of(person)
        if named:  # "UN chief X expressed his readiness …, Foreign Minister Y said": Y reports X's words, they are Y's act
            if person in c.actors or not _REPORTED.match(texts[c.order]):  # (round 405)
                continue
            for key in (named[0], roster.state_of(named[0])):
                c.actors.pop(key, None)
            c.actors.update({k: "speaker" for k in (state, person) if k is not None})
            changed += [c] if c.speaker != person else []
            c.speaker = person
            continue
        if state not in (None, person) and state not in c.actors:
            continue  # an official of another state reports them: "X wants talks, Y's minister said" stays X's
        c.actors[person] = "speaker"
        if c.speaker is None or _kind(roster, c.speaker) != "official":
            changed += [c] if c.speaker != person else []
            c.speaker = person
    return changed


def fold_respoken(events: list[Candidate], changed: list[Candidate], roster: Roster) -> list[Candidate]:
    """The events with the other speech of each changed event's speaker on the same day folded into the first told (one
    event per speaker and day, guideline 1)."""
    gone: set[int] = set()
    for c in changed:
        if id(c) in gone or c.speaker is None:
            continue
        same = [m for m in events if m.event_type in SPEECH_TYPES and id(m) not in gone and m.speaker == c.speaker
                and m.first == c.first and m.last == c.last]
        if len(same) < 2:
            continue
        same.sort(key=lambda m: m.order)
        for m in same[1:]:
            _merge_plain(same[0], m, roster)
            gone.add(id(m))
    return [c for c in events if id(c) not in gone]


__all__ = ["fold_respoken", "tail_speakers"]
