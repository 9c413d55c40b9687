"""A decision taken by the story's own parties is a decision of the story's process (round 1180).

The guideline files under the story's process what its parties decide about it, and on the dev split nearly every
matched decision is labelled with one. Yet a decision took the story's process only when its sentence left a deal,
named the story's cues, appointed an envoy or answered a nominee (rounds 415, 436, 489, 1156), so "Pyongyang suspended
the border crossings", "Riyadh and its allies cut ties with Doha" in a story of those parties' talks got none. Here a
decision whose states are all parties to the story's process (its members, or the states it is about), and which
names at least one, takes that process, as `processes.tied` ties a meeting, and so does one that names two of them
beside a third ("cut ties with Qatar" over its links to Iran). An organisation's decision (a council's resolution on
other matters: round 44's reason) and an outside state's ("France decided to recall its envoy" in a Korean story) still
take none.
"""
from __future__ import annotations

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster


def by_own_parties(c: Candidate, key: str | None, roster: Roster) -> bool:
    """Whether decision `c` is one of the parties to process `key`: every state among its actors (a person counting
    for the state the text gives them) is one of the process's members or subjects and there is at least one, or two
    of them are."""
    if key is None or c.event_type != "decision":
        return False
    lexicon = roster.lexicon
    own = set(lexicon.members.get(key, [])) | set(lexicon.subjects.get(key, []))
    if not own:
        return False
    states = set()
    for k, role in c.actors.items():
        entry = roster.entry(roster.state_of(k) or k)
        if role == "mediator" or entry is None or entry.kind != "state":
            continue  # a mediator or an organisation is no party; a person whose state the text does not give tells nothing
        states.add(entry.key)
    return bool(states) and states <= own or len(states & own) >= 2  # two of its parties: "Riyadh cut ties with Doha
    # over its links to Tehran" is still the two parties' dispute


__all__ = ["by_own_parties"]
