"""A learned choice of each event's actors, after the rules have chosen theirs (issue 10).

Why a model here: the rules give an event the actors of its sentence by role (speaker, participant, host, mediator)
and pull in the states of officials and ministries; on real wire copy they over-fit the dev articles, keeping actors
an analyst would not list (a state named only as where an official comes from, a ministry beside its minister) and
missing ones the sentence or the story plainly gives (the second party of "talks with Egypt", the members of the
process the article names). Which of these an analyst lists depends on many weak cues at once (role, kind, title,
event type, how often the article names the actor), which a small logistic model over (event, actor) pairs weighs
better than another rule. The model only overrides the rules when it is confident (two thresholds, chosen on dev
cross-validation, `tests/corpus/real/train_actor_choice.py`): an actor the rules chose is dropped when p < DROP, an
actor from the pool is added when p >= ADD.

The pool of an event: the rules' actors, the actors named in its evidence sentence(s), the states of its officials
and ministries, and the members of its process that the article names.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tracker.extract.candidate import Candidate
from tracker.extract.linear import load_model
from tracker.extract.events import sentence_actors
from tracker.extract.group_members import held_as_group
from tracker.extract.mentions import Roster, find_actors

MODEL = "actor_choice"
DROP = 0.4  # a rule's actor is dropped below this (chosen on dev CV)
ADD = 0.45  # a pooled actor the rules left out is added at or above this (chosen on dev CV)
ADD_EMPTY = 0.5  # a pooled actor is added to an event the rules left without actors at or above this (dev CV, round 1110)
_KINDS = ("state", "official", "ministry", "organisation", "group")


@dataclass
class Pooled:
    """One actor an event may have, and where the pool found it."""

    key: str
    role: str = "none"  # the rules' role, "none" when the rules left it out
    origins: set[str] = field(default_factory=set)  # rules, sentence, adjective, state_of, member
    cues: set[str] = field(default_factory=set)  # how its sentence names it: the word before it, first named, a topic


def _state(key: str, roster: Roster) -> str | None:
    """The state or body an official or ministry speaks for (None for a state or body itself)."""
    entry = roster.entry(key)
    if entry is None or entry.kind not in ("official", "ministry"):
        return None
    for above in roster.ancestors(key)[1:]:
        parent = roster.entry(above)
        if parent is not None and parent.kind in ("state", "organisation", "group"):
            return above
    return roster.state_of(key)


def pool(c: Candidate, roster: Roster, named: set[str], events: list[Candidate],
         read: dict[str, list] | None = None) -> dict[str, Pooled]:
    """The actors `c` may have: its own, its sentences', the states of its officials, its process's named members, and
    those the article's other events hold (the same process's first)."""
    out: dict[str, Pooled] = {}

    def put(key: str | None, origin: str) -> None:
        if key:
            out.setdefault(key, Pooled(key)).origins.add(origin)

    for key, role in c.actors.items():
        put(key, "rules")
        out[key].role = role
    read = {} if read is None else read  # events share sentences: each is read once per article
    for sentence in c.evidence[:3]:
        if sentence not in read:  # as the pipeline read it; a sentence it never read (a headline's) is read now
            read[sentence] = sentence_actors().get(sentence) or find_actors(sentence, roster)
        for i, m in enumerate(read[sentence]):
            put(m.key, "sentence")
            out[m.key].cues.update({f"prep={m.prep}", "topic" if m.topic else "", "first" if i == 0 else "",
                                    "titled" if m.title else ""} - {""})
        for m in roster.lexicon.scan(sentence):  # cached: the pipeline scanned these sentences already
            if m.role in ("adjective", "capital"):
                put(m.key, "adjective")
    for key in list(out):
        put(_state(key, roster), "state_of")
    if c.process:
        for key in roster.lexicon.members.get(c.process, []):
            if key in named:
                put(key, "member")
    for other in events:
        if other is not c:
            for key in other.actors:
                if key not in out or out[key].origins & {"story", "elsewhere"}:
                    put(key, "story" if other.process and other.process == c.process else "elsewhere")
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4+" if n < 8 else "8+"


@dataclass
class _Shared:
    """What every pair of one event's pool reads alike, worked out once for the pool instead of once a pair (the pairs
    asked the whole pool's states and the speaker's state each, most of `choose_actors`' time)."""

    states: dict[str, str | None]
    held_as_state: Counter  # how many pooled actors have each key as their `_state`
    pool: str
    rules: str
    speaker_state: str | None
    flags: list[str]


def _shared(c: Candidate, pooled: dict[str, Pooled], roster: Roster, states: dict[str, str | None] | None) -> _Shared:
    states = {k: _state(k, roster) for k in pooled} if states is None else states
    return _Shared(states, Counter(states[k] for k in pooled), _bucket(len(pooled)),
                   _bucket(sum("rules" in p.origins for p in pooled.values())),
                   _state(c.speaker, roster) if c.speaker else None,
                   [f"flag={x}" for x in ("talks", "reference", "future", "grouped", "attribution", "at_talks") if getattr(c, x)])


def features(c: Candidate, item: Pooled, pooled: dict[str, Pooled], roster: Roster, held: Counter,
             states: dict[str, str | None] | None = None, shared: _Shared | None = None) -> list[str]:
    """The feature strings of one (event, actor) pair; `held` counts the article's events that hold each actor, and
    `states` (optional) is `_state` of each pooled actor, or `shared` all the event's own parts, worked out once for
    the whole pool instead of once a pair."""
    entry = roster.entry(item.key)
    kind = entry.kind if entry and entry.kind in _KINDS else "other"
    shared = _shared(c, pooled, roster, states) if shared is None else shared
    role = "speaker" if item.key == c.speaker else item.role
    origin = "+".join(sorted(item.origins))
    rows = [f"role={role}", f"kind={kind}", f"origin={origin}", f"role_kind={role}|{kind}",
            f"origin_kind={origin}|{kind}", f"type={c.event_type}", f"type_kind={c.event_type}|{kind}",
            f"type_role={c.event_type}|{role}", f"type_origin={c.event_type}|{origin}",
            f"pool={shared.pool}", f"rules={shared.rules}",
            f"held={_bucket(held[item.key])}", f"held_kind={_bucket(held[item.key])}|{kind}",
            f"new={item.key.startswith('new:')}", f"speaker_set={c.speaker is not None}"]
    # the state of another pooled actor: some actor but itself has it as its state
    if shared.held_as_state[item.key] > (shared.states[item.key] == item.key):
        rows += ["state_of_other", f"state_of_other|{role}", f"state_of_other|{c.event_type}"]
    if c.speaker and item.key == shared.speaker_state:
        rows.append("state_of_speaker")
    if c.venue and c.venue[1] and entry and entry.kind == "state" and entry.country == c.venue[1]:
        rows += ["venue_state", f"venue_state|{c.event_type}|{role}"]  # the host, or only where it happened
    if len(item.origins) == 1 and "member" in item.origins:
        rows.append(f"member_only|{c.event_type}")
    title = roster.titles.get(item.key, "")
    rows += [f"title={w}" for w in title.split()[:4]] + [f"title_kind={w}|{role}" for w in title.split()[:2]]
    rows += [f"cue={x}" for x in sorted(item.cues)] + [f"cue_kind={x}|{kind}" for x in sorted(item.cues)]
    rows += shared.flags
    if c.process:
        members = roster.lexicon.members.get(c.process, [])
        rows.append(f"process_set|{kind}")
        if members:
            share = sum(k in c.actors for k in members) / len(members)
            rows += [f"members={_bucket(len(members))}", f"members_held={round(share * 4)}|{'member' in item.origins}"]
    return rows


def _speaker_state_role(key: str, c: Candidate, roster: Roster) -> str:
    """The role an added actor takes: the state of the speaker speaks, any other is a participant."""
    return "speaker" if c.speaker and key == _state(c.speaker, roster) else "participant"


def decide(c: Candidate, pooled: dict[str, Pooled], keep: dict[str, float], roster: Roster, drop: float = DROP,
           add: float = ADD, add_empty: float = ADD_EMPTY) -> None:
    """Drop the rules' actors whose probability `keep` is below `drop`, add pooled ones at or above `add` (in place).

    An event the rules left without actors is filled only at `add_empty`: the guideline gives a round told without its
    parties ("the eighth round opened") the parties the article names as taking part elsewhere, and none when it names
    none (settled at the twenty-third stop), so the pool (the process's members the article names, the story's other
    events) holds them when they are there at all."""
    began = bool(c.actors)
    for key, item in pooled.items():
        if "rules" in item.origins and keep[key] < drop and key != c.speaker \
                and not held_as_group(key, c, roster):  # the speaker is the event's own, and the parties of its "both sides"
            c.actors.pop(key, None)
        elif "rules" not in item.origins and keep[key] >= (add if began else add_empty):
            c.actors[key] = _speaker_state_role(key, c, roster)


def choose_actors(events: list[Candidate], roster: Roster, named: set[str]) -> list[Candidate]:
    """Each event's actors as the model chooses among its pool, where it is confident (in place; returns `events`)."""
    model = load_model(MODEL)
    held = Counter(k for c in events for k in c.actors)
    read: dict[str, list] = {}
    for c in events:
        pooled = pool(c, roster, named, events, read)
        if not pooled:
            continue
        shared = _shared(c, pooled, roster, None)  # (each pair's features ask them of the whole pool)
        keep = model.probabilities_of([features(c, item, pooled, roster, held, shared=shared) for item in pooled.values()], "keep")
        decide(c, pooled, dict(zip(pooled, keep)), roster)
    return events


__all__ = ["ADD", "ADD_EMPTY", "DROP", "MODEL", "Pooled", "choose_actors", "decide", "features", "pool"]
