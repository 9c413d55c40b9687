"""An official whose state follows the name (round 363): "held a telephone conversation with Foreign Minister Luis Vera
of Peru", "Minister of Foreign Affairs and Worship Luis Vera of Peru". The title patterns of `names` read a state
before the title or inside it ("Foreign Minister of Peru Luis Vera"), so "of Peru" after the name was left to the state
mention, which an "of" keeps out of the event, and the person had no state (or, after a long title, was not found).
Here the person is the two capitalised words before "of <state>", after a title and at most eight more words of it;
the state is theirs. Round 366 adds an envoy or ambassador "to" a place named before the name with no comma ("UN Special
Envoy to Libya Ana Soto took part"): the title patterns read "to X" only before a comma, so Soto was not found; she is
the official of the state or body just before the title, not of the place she is sent to. Called by
`mentions.find_actors`."""
from __future__ import annotations

import re

from tracker.extract.names import _NAME_WORD, TITLE
from tracker.extract.prefilter import fast_start, gated

NAME_OF_STATE = fast_start(re.compile(
    rf"\b(?P<title>{TITLE})\s+(?:(?:[A-Z][\w'’-]*|and|of|for|the|&)\s+){{0,8}}?(?P<name>{_NAME_WORD}\s{_NAME_WORD})"
    rf"\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?)"))

#: "UN Special Envoy to Libya Ana Soto", "Russian Ambassador to the United States Luis Vera" (round 366)
ENVOY_TO = re.compile(
    rf"\b(?P<title>{TITLE})\s+to\s+(?:the\s+)?(?P<to>United\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z][\w'’.-]+)\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})\b(?!\s+(?:[Ss]ession|[Tt]alks|[Pp]rocess|[Mm]eeting))")

#: Cheap tests that skip the sentences neither pattern can match (most of them)
_SENT_TO = gated(re.compile(r"(?i)(?:envoy|ambassador|representative)\s+to\s"))
_NAME_THEN_OF = gated(re.compile(r"[A-Z][\w'’-]*[a-z]\s+of\s+(?:the\s+)?[A-Z]"))


def _envoys_to(text: str, roster) -> list[tuple[int, int, str]]:
    out = []
    if not _SENT_TO.search(text):
        return out
    for p in ENVOY_TO.finditer(text):
        if not any(m.start == 0 and m.end == len(p.group("to")) for m in roster.lexicon.scan(p.group("to"))) \
                or roster.lexicon.scan(p.group("name")) or not re.search(r"(?i)envoy|ambassador|representative", p.group("title")):
            continue  # "to" a state or body the lexicon knows, and a name that is none
        before = [m for m in roster.lexicon.scan(text[:p.start()]) if m.role in ("actor", "adjective")
                  and not text[m.end:p.start()].strip()]
        key = roster.person(p.group("name"), p.group("title"), before[-1].key if before else None)
        if key is not None:
            out.append((before[-1].start if before else p.start(), p.end(), key))
    return out


def named_of_state(text: str, roster) -> list[tuple[int, int, str]]:
    """(start, end, key) of each official named "<title> <name> of <state>" in `text`, registered with that state."""
    out = []
    for p in NAME_OF_STATE.finditer(text) if _NAME_THEN_OF.search(text) else ():
        state = next((m.key for m in roster.lexicon.scan(p.group("of")) if m.start == 0 and m.role == "actor"), None)
        entry = roster.entry(state) if state else None
        if entry is None or entry.kind != "state" or roster.lexicon.scan(p.group("name")):
            continue  # "Secretary General Ana Soto of the Andean Community": a body, read elsewhere
        key = roster.person(p.group("name"), p.group("title"), state)
        if key is not None:
            out.append((p.start(), p.end(), key))
    return out + _envoys_to(text, roster)


__all__ = ["ENVOY_TO", "NAME_OF_STATE", "named_of_state"]
