"""A state named as the owner of a government that is a party (round 1285): "The Government of Peru and the FARC signed
the accord", "the accord agreed by the Government of Peru and the ELN", "representatives of the Government of Peru and
the ELN". The reader gives the state the preposition "of" before it, and an actor joined to it by "and" the same "of", so
the rules took neither for a party of the event: the accord lost both sides. `government.owned_subjects` (round 204)
already reads "The government of Peru said" and "between the government of Peru and …"; this reads the party's
government in the other frames wire copy uses: a capital "Government" at a clause's head, after "by" (a passive's agent),
and after the people who represent it ("representatives / delegations / officials of the government of Peru"). The
actor joined to the state by "and" right after it takes the state's new preposition with it.
"""
from __future__ import annotations

import re

#: "The Government of Peru", "by / between / with the Government of Peru", "representatives of the Government of Peru": what
#: stands before the state (`prep` the preposition that joins the government to the clause; none at a clause's head and
#: after the people who represent it)
_GOVERNMENT_OF = re.compile(r"(?:(?P<head>^|[,;:]\s+|⟧\s*)|\b(?P<prep>by|between|with)\s+|\b(?:representatives|delegations?|delegates|"
                            r"officials|members|envoys|negotiators)\s+(?:of|from)\s+)(?:[Tt]he\s+)?(?i:government|authorities)\s+of\s+"
                            r"(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+(?:the\s+)?)?$")
#: What joins the next actor to the state: "… of Peru and the FARC", "… of Peru and the guerrilla group ELN"
_AND_NEXT = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")


def government_parties(text: str, found: list) -> None:
    """Give a state read after "Government of" the preposition of its government's own place in the clause (None at a
    clause's head and after "representatives of", else the preposition before the government), and the same to an actor
    "and"-joined right after it that took the state's "of"."""
    if "overnment" not in text and "uthorities" not in text:
        return
    for i, a in enumerate(found):
        if a.prep != "of":
            continue
        lead = _GOVERNMENT_OF.search(text[:a.start])
        if lead is None:
            continue
        prep = lead.group("prep").lower() if lead.group("prep") else None
        a.prep = prep
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and nxt.prep == "of" and _AND_NEXT.fullmatch(text, a.end, nxt.start):
            nxt.prep = prep


__all__ = ["government_parties"]
