"""A government named bare, after the article has said whose it is (round 203): "The Colombian government and the EMC
held talks … On Tuesday, the government and the EMC signed a ceasefire", "Talks between the Yemeni government and the
Houthis … The government said on Tuesday …". "The government" named no actor, so the agreement lost a party and the
words their speaker (and, with no speaker, their event). `bare_governments` gives it the state whose government,
authorities or regime the article named last ("the Colombian government", "Colombia's government", "the government of
Colombia"), kept in the roster as `last["government"]`.
"""
from __future__ import annotations

import re
from tracker.extract.government_parties import government_parties
from tracker.extract.prefilter import fast_start, gated
from tracker.extract.state_offices import possessed_offices

_GOV = r"(?:government|authorities|regime|administration)"
#: "the Colombian government", "Colombia's government", "the UN-recognised government of Yemen"
_OWNED = re.compile(rf"^(?:['’]s)?\s+(?:(?:UN-|internationally\s+)?recogni[sz]ed\s+|interim\s+|transitional\s+|military\s+)?{_GOV}\b")
_OF = fast_start(re.compile(rf"\b{_GOV}\s+of\s+(?:the\s+)?$"))
#: "the government" with nothing that says whose: not "the government of X", "the government's", "the Chilean government"
_BARE = gated(re.compile(rf"\b[Tt]he\s+(?P<gov>government|authorities)\b(?!\s+of\b|['’]s|\s+(?:and|or)\s+(?:the\s+)?(?:opposition|rebels))"))


def bare_governments(text: str, mentions: list, roster) -> list[tuple[int, int, str]]:
    """(start, end, state) of each bare "the government" in `text`, after noting whose governments it names."""
    named = []
    for m in mentions:
        entry = roster.entry(m.key)
        if entry is None or entry.kind != "state" or m.role not in ("actor", "adjective"):
            continue
        if _OWNED.match(text[m.end:]) or _OF.search(text[max(0, m.start - 40):m.start]):
            named.append(m)
    out = []
    for b in _BARE.finditer(text):
        before = [m for m in named if m.end <= b.start()]
        if any(m.start <= b.start("gov") < m.end + 60 and _OWNED.match(text[m.end:]) and b.start("gov") - m.end < 40 for m in named):
            continue  # the government a state's adjective or possessive just named ("the Yemeni government")
        key = before[-1].key if before else roster.last.get("government")
        if key is not None:
            out.append((b.start(), b.end(), key))
    if named:
        roster.last["government"] = named[-1].key
    return out


#: "The government of Peru said", "The President of Peru announced": the state is the subject's own, told with "of" at
#: the head of a clause (round 204; "talks with the government of Peru" keeps its "of")
_HEAD_OF = re.compile(r"(?:^|[,;:]\s+|\band\s+|⟧\s*)[Tt]he\s+(?:government|president|presidency|prime\s+minister|delegation|"
                      r"foreign\s+minister|authorities|leadership|cabinet|parliament|embassy|people)\s+of\s+(?:the\s+)?$")


#: "an accord between the Government of Chile and the Government of Peru", "talks with the government of Peru": the
#: state is the party the preposition before its government names (round 577)
_PARTY_OF = re.compile(r"\b(?P<prep>between|with|and)\s+(?:the\s+)?(?i:government|authorities|delegation|presidency)\s+of\s+"
                       r"(?:the\s+)?(?:(?:Republic|Kingdom|State)\s+of\s+(?:the\s+)?)?$")


def owned_subjects(text: str, found: list, roster=None) -> None:
    """Make a state named as the owner of a clause's subject ("The government of Peru said") a subject itself, and one
    named as the owner of a party ("between the Government of Chile and …") that party."""
    government_parties(text, found)  # "The Government of Peru and the FARC signed", "agreed by the Government of Peru" (round 1285)
    for a in found:
        if a.prep == "of" and _HEAD_OF.search(text[max(0, a.start - 60):a.start]):
            a.prep = None
        elif a.prep == "of" and (party := _PARTY_OF.search(text[max(0, a.start - 60):a.start])):
            a.prep = party.group("prep").lower()
    if roster is not None:
        possessed_offices(text, found, roster)  # "Chile and Bolivia's foreign and defense ministers" (round 1286)


__all__ = ["bare_governments", "owned_subjects"]
