"""The issuer of a document that speaks as a sentence's subject (round 654).

"The statement, issued by the Chilean foreign ministry on Sunday, said …", "The joint communiqué released by Chile and Peru
on Tuesday urged …", "The ministry's statement, published on Sunday, welcomed …": the document is the subject of the speech
verb and its issuer the speaker (docs/extraction.md, "Types": a joint statement is its readers' and signatories'). The
speaker rule (`speech_subjects.speech_subject`) reads an actor just before the verb as its subject, and an actor after "by" never, so
these statements had no speaker and were dropped, whatever their day.
"""
from __future__ import annotations

import re

from tracker.extract.mentions import ActorMention

_DOCUMENT = r"(?:joint\s+)?(?:statement|communiqu[eé]|declaration|press\s+release|news\s+release|readout)"
#: "The (joint) statement, issued / released … by": the subject opens the sentence, its participle names the issuer
_ISSUED_BY = re.compile(r"^\s*(?:The|A|An)\s+(?:[\w-]+\s+)?" + _DOCUMENT + r"\s*,?\s+(?:issued|released|published|posted|"
                        r"put\s+out|circulated|distributed|adopted|signed)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?by\s+(?:the\s+)?$")
#: "The Chilean foreign ministry's statement, (published on Sunday,)": the issuer in the possessive
_POSSESSIVE = re.compile(r"^['’]s?\s+(?:[\w-]+\s+)?" + _DOCUMENT + r"\b(?:\s*,\s*[a-z][\w-]*ed\s+[^,;:⟦]{1,60},)?\s*$")
#: What may stand between the issuer and the verb: its day ("issued by X on Sunday, said")
_AFTER_ISSUER = re.compile(r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?\s*,?\s*")
_LINK = re.compile(r"\s*(?:,|and|, and)\s*(?:the\s+)?")


def document_issuer(text: str, verb_start: int, actors: list[ActorMention]) -> ActorMention | None:
    """The issuer of the document that is the subject of the speech verb at `verb_start`, or None; of a list of issuers
    ("released by Chile and Peru"), the last, as `speech_subjects.speech_subject` names the last of "X and Y said"."""
    if not re.search(r"statement|communiqu|declaration|release|readout", text[:verb_start]):
        return None
    before = [a for a in actors if a.end <= verb_start and not a.topic]
    if not before:
        return None
    last = before[-1]
    if _POSSESSIVE.match(text[last.end:verb_start]) and last.start < 30:
        return last  # "X's statement, published on Sunday, welcomed"
    if not _AFTER_ISSUER.fullmatch(text[last.end:verb_start]):
        return None
    first = last
    for other in reversed(before[:-1]):  # "released by Chile and Peru": back to the head of the list
        if not _LINK.fullmatch(text[other.end:first.start]):
            break
        first = other
    return last if _ISSUED_BY.match(text[:first.start]) else None  # "The statement, issued by X (on Sunday), said"


__all__ = ["document_issuer"]
