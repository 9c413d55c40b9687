"""The process an event's own parties point to when its sentence names none (round 196).

An event whose sentence names no process takes the story's (`assemble`), or none when the story's process does not hold
its parties (`processes.tied`). Two shapes went wrong on copy nobody tuned for: a story about two processes of one
state ("the government and the EMC agreed …" in a story that names the ELN talks more often) gave the event the
story's process, though its parties are the other's members; and an event of two states that hold a two-party process
of their own ("Fidan and Gerapetritis spoke by phone" in a Gaza story) was left with none. `by_parties` gives the
process whose members hold every party of the event, when it is the only one that does better than the event's own.
"""
from __future__ import annotations

import re

from tracker.extract import gazetteer
from tracker.extract.lexicon import Lexicon
from tracker.extract.prefilter import gated

#: Processes the two parties hold themselves (not a channel of two envoys nor a forum): a two-party event may be theirs
_PAIRS = frozenset(gazetteer.TWO_PARTY_PROCESSES + gazetteer.PARTY_PROCESSES) - frozenset(gazetteer.TRACKS)

#: The gazetteer's process names
_KNOWN = frozenset(line.split("|")[0] for line in gazetteer.PROCESSES.strip().splitlines())

#: Event types that name their parties (speech names only its speaker's)
_PARTY_TYPES = ("summit", "meeting", "talk_round", "call", "agreement")


def by_parties(event_type: str, process: str | None, parties: set[str], voted: set[str], lexicon: Lexicon) -> str | None:
    """The process for an event whose sentence names none: `process` (the story's, or None), or the one among the
    processes the article names (`voted`) whose members hold all of `parties` and more of them than `process`'s do,
    or, for an event of exactly two parties left with none, the one process those two hold (gazetteer.TWO_PARTY_PROCESSES, PARTY_PROCESSES)."""
    if not parties:
        return process
    current = len(parties & set(lexicon.members.get(process or "", [])))
    better = [k for k in voted - {process} if parties <= set(lexicon.members.get(k, [])) and len(parties) > current]
    if len(better) == 1 and (event_type in _PARTY_TYPES or len(parties) >= 2):
        return better[0]
    if process is None and event_type in _PARTY_TYPES and len(parties) == 2:
        return pair_process(parties, lexicon)  # "Moon Jae-in and Kim Jong Un held a summit": the inter-Korean talks
    if process is not None and event_type in _PARTY_TYPES + ("visit",) and len(parties) == 2 \
            and not parties <= set(lexicon.members.get(process, [])) | set(lexicon.subjects.get(process, [])):
        return pair_process(parties, lexicon) or process  # "the Houthi delegation met officials in Saudi Arabia" in a
        # story of the UN envoy's peace process, which holds neither as its party: the two parties' own talks (round 594)
    return process


def pair_process(parties: set[str], lexicon: Lexicon) -> str | None:
    """The one process that exactly these parties hold themselves (gazetteer.TWO_PARTY_PROCESSES, PARTY_PROCESSES)."""
    own = [k for k, members in lexicon.members.items() if set(members) == parties and lexicon.processes[k].name in _PAIRS]
    return own[0] if len(own) == 1 else None


def names_process(evidence: list[str], key: str | None, lexicon: Lexicon) -> bool:
    """Whether one of the event's sentences names the process `key` (not only took it as the story's)."""
    return any(m.role == "process" and m.key == key for text in evidence for m in lexicon.scan(text))


#: "looks forward to resuming talks with North Korea", "negotiations with Kyiv": the other side of the speaker's talks
_TALKS_WITH = gated(re.compile(r"\b(?:talks|negotiations|dialogue)\s+with\s+(?:the\s+)?"))


def talks_partner(text: str, lexicon: Lexicon) -> str | None:
    """The state a speaker's words name as the other side of talks ("resuming talks with North Korea"), if one (round 593):
    with the speaker's own state, the parties whose process the words are about."""
    m = _TALKS_WITH.search(text)
    if m is None:
        return None
    found = next((x for x in lexicon.scan(text[m.end():m.end() + 40]) if x.start == 0 and x.role in ("actor", "adjective")), None)
    entry = lexicon.entries.get(found.key) if found else None
    return entry.key if entry is not None and entry.kind == "state" else None


__all__ = ["by_parties", "names_process", "pair_process", "standing_talks", "talks_partner"]


def standing_talks(event_type: str, process: str | None, lexicon: Lexicon) -> str | None:
    """A session of talks (or a meeting) that took the story's process, where that process is another undertaking of the same parties
    (their prisoner exchanges, not a two-party process of talks of its own): the standing talks those parties hold, when
    exactly one does (round 238); else `process`."""
    if event_type not in ("talk_round", "meeting") or not process or process not in lexicon.processes:
        return process
    name = lexicon.processes[process].name
    if name in gazetteer.STANDING_PROCESSES or name in gazetteer.TWO_PARTY_PROCESSES or name in gazetteer.PARTY_PROCESSES \
            or name not in _KNOWN:  # a process named from the text ("China-India boundary talks") is talks of its own
        return process
    members = set(lexicon.members.get(process, []))
    if len(members) < 2:
        return process
    talks = [k for k, e in lexicon.processes.items()
             if e.name in gazetteer.STANDING_PROCESSES and set(lexicon.members.get(k, [])) == members]
    return talks[0] if len(talks) == 1 else process
