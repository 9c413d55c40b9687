"""A state's possessive before the office holders who act for it (round 1286): "between Chile and Bolivia's foreign and
defense ministers", "Myanmar's military regime has been holding talks", "Uruguay's and Paraguay's foreign ministers met".
The reader takes a possessive state as a party only when a government noun follows it at once, or after one of a few
qualifiers it lists ("Peru's interim government"); with any other qualifier ("political leaders", "military regime"), a
coordinated title ("foreign and defense ministers"), an office it does not list ("regime", "facilitator") or a second
possessive state before the noun ("Uruguay's and Paraguay's"), it read the state as a topic ("Peru's economy"), so the
event lost that party. The state stays a topic before anything else, and before a named person ("Peru's foreign
minister Ana Soto": the person is the actor, with her state), as the reader has it; so it does in a person's apposition
("Ana Soto, Peru's special envoy for the talks, proposed", "Ana Soto, who heads Peru's team, said": she is the actor) and after "none of" ("none of Peru's
leaders attended": no party).
"""
from __future__ import annotations

import re

#: The office holders: a government, its leaders, ministers, envoys and delegations (plural or not; "officials" only in
#: the plural: "Iran's official news agency" names no office holder)
_OFFICE = (r"(?:government|regime|junta|authorities|administration|leadership|leaders?|ministers?|officials|diplomats?|"
           r"negotiators?|envoys?|delegations?|delegates|representatives?|facilitators?|mediators?|president|crown\s+prince|"
           r"prime\s+minister|cabinet|team)")
#: What stands before a possessive that is no party of its own: a person's name and comma, with "who heads" or not (an
#: apposition: "Luis Vera, who heads Chile's negotiating team, said"), "none of"
_NOT_OWN = re.compile(r"(?:\b(?:none|neither)\s+of\s+|[A-Z][\w'’.-]+,\s+(?:who\s+[a-z]+\s+)?)$")
#: "…'s political leaders", "…'s foreign and defense ministers", "…'s and Paraguay's foreign ministers": up to two lowercase
#: qualifiers (not a past office), one "and"-joined pair of them, or a second possessive state, before the office
_QUALIFIED = re.compile(rf"\s+(?:and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s\s+)?(?!former\b|ex-)"
                        rf"(?:[a-z][a-z-]+\s+(?:and\s+[a-z][a-z-]+\s+)?){{0,2}}{_OFFICE}\b(?!\s+[A-Z])")


def possessed_offices(text: str, found: list, roster) -> None:
    """Make a possessive state read as a topic a party when its office holders follow it (`_QUALIFIED`)."""
    if "'s" not in text and "’s" not in text:
        return
    for a in found:
        if not a.topic or not a.text.endswith(("'s", "’s")):
            continue
        entry = roster.entry(a.key)
        if entry is not None and entry.kind == "state" and _QUALIFIED.match(text, a.end) \
                and not _NOT_OWN.search(text, max(0, a.start - 40), a.start):
            a.topic = False


__all__ = ["possessed_offices"]
