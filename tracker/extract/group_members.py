"""Parties a group phrase of the event's own sentence names stay the event's (round 1315, branch actors30).

Why: "the sides have yet to sign a peace agreement", "Both sides to the conflict accused each other of violating the
ceasefire", "the foreign ministers of the four nations agreed": the rules resolve the group to the parties of the event
told before it (`context_actors._group_actors`), but those parties are not named in the sentence, so the learned actor
step (`actor_choice`), which weighs an actor by how its sentence names it, dropped one of them and left a one-sided
accord. A group phrase is the sentence naming its parties, as a speaker is its own: the learned step keeps them.
Not kept: parties the rules took only from which states the article names most (`counted`: no event or process backs
them), the members of a process read from a bare count ("the six countries"), and a state that is where the event
took place (the host an earlier event held beside the parties).
"""
from __future__ import annotations

from tracker.extract.candidate import Candidate
from tracker.extract.mentions import Roster


def held_as_group(key: str, c: Candidate, roster: Roster) -> bool:
    """Whether `key` is one of the parties a group phrase of `c`'s sentence stands for (and not its venue's state)."""
    if key not in c.as_group:
        return False
    entry = roster.entry(key)
    return not (c.venue and entry is not None and entry.kind == "state" and entry.country == c.venue[1])


__all__ = ["held_as_group"]
