"""Actors a reviewer adds by hand in the actors box: "Ana Vela (official, KAZ): speaker".

Extraction proposes the actors it finds; a person reviewing a candidate also needs to add one it missed that the
store does not hold yet. A name the store does not know is refused unless the line says what the actor is (its kind,
and optionally its country as an ISO 3166 alpha-3 code, a country name or a stored state's name); then a new actor
is made, a candidate like the event, confirmed when the event is accepted. A name close to a stored one is told as a
"did you mean" so a typo does not add a second Lavrov.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from tracker.countries import country_code as country_code_of
from tracker.models import ACTOR_KINDS
from tracker.resolve import ActorIndex, fresh_id

#: "Name (kind)" or "Name (kind, country)" as the left side of an actors line
_DESCRIBED = re.compile(r"^(?P<name>[^()]*[^()\s])\s*\(\s*(?P<kind>[^(),]+?)\s*(?:,\s*(?P<country>[^()]+?)\s*)?\)$")
EXAMPLE = "Ana Vela (official, KAZ): speaker"


class Described(NamedTuple):
    """A name with what the line says the actor is."""

    name: str
    kind: str
    country: str | None


def described(who: str) -> Described | None:
    """`who` split into name, kind and country when it is written "Name (kind[, country])"; None otherwise."""
    m = _DESCRIBED.match(who.strip())
    if m is None:
        return None
    return Described(" ".join(m["name"].split()), m["kind"].strip().lower(), m["country"])


def country_code(text: str, index: ActorIndex) -> str | None:
    """The ISO alpha-3 code `text` names: a stored state's name, alias or id, a code, or a country name; None if none."""
    stored = index.actors[index.actors["actor_id"] == index.resolve(text)]
    if len(stored) and stored["kind"].iloc[0] == "state" and isinstance(stored["country"].iloc[0], str):
        return str(stored["country"].iloc[0])
    return country_code_of(text)


def new_actor(described: Described, index: ActorIndex, taken: set[str]) -> tuple[dict | None, list[str]]:
    """The row of a new candidate actor, or None and what is wrong with its description."""
    problems, actors = [], index.actors
    if described.kind not in ACTOR_KINDS:
        problems.append(f"unknown actor kind {described.kind!r}; use one of: {', '.join(ACTOR_KINDS)}")
    country = country_code(described.country, index) if described.country else None
    if described.country and country is None:
        problems.append(f"no country {described.country!r}; give its ISO 3166 code (e.g. KAZ) or its name")
    if problems:
        return None, problems
    state = actors[(actors["kind"] == "state") & (actors["country"] == country)] if country else actors.iloc[:0]
    parent = str(state["actor_id"].iloc[0]) if described.kind != "state" and len(state) else None
    actor_id = fresh_id(described.name, index.ids, taken)
    taken.add(actor_id)
    return {"actor_id": actor_id, "name": described.name, "kind": described.kind, "country": country,
            "aliases": None, "parent_id": parent, "review_state": "candidate"}, []


def unknown_name(who: str, index: ActorIndex) -> str:
    """What to say of a name the store does not hold: the nearest stored name (`ActorIndex.close_to`), and how to add
    it as new."""
    near = index.close_to(who)
    hint = f"did you mean {near!r}? " if near else ""
    return (f"no actor named {who!r}; {hint}use a stored actor's name or id, or add a new actor as "
            f"“{who} (kind, country): role”, e.g. “{EXAMPLE}” (kinds: {', '.join(ACTOR_KINDS)})")


__all__ = ["EXAMPLE", "Described", "country_code", "described", "new_actor", "unknown_name"]
