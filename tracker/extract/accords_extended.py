"""An accord extended or renewed is an agreement (round 1025).

The guideline types an accord reached as an `agreement`, and its extension is one too: the parties agree again, for a
new term ("The grain deal will be extended for 120 days", "the deal was extended in mid-November for another 120
days", "The agreement was renewed last November", a headline "Grain Deal Extended for Two Months"). Round 986 made
the speaker of "the deal will be extended" an announcement, but nothing read the extension itself; a mission's
mandate renewed is a decision (`mandates.py`), not this. Only a settled extension counts: a passive with "was",
"were", "has been", "will be" or "is to be", or the participle set right after the noun with its term; an extension
that "could", "may" or "would" come, or that is refused ("will not be extended"), or sought ("working towards the
extension") is no accord.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.prefilter import fast_start

_ACCORD = r"(?i:deal|agreement|accord|truce|cease-?fire|initiative|arrangement|pact|memorandum)s?"
_EXTENDED = r"(?i:extended|renewed|prolonged|rolled\s+over)"

#: (event type, is a speech act, pattern): the accord as the subject of a settled passive, a few words apart at most
#: ("the Black Sea grain deal, signed in July, was extended"); or the participle right after the noun before its term
#: or date, as headlines write it ("Truce Extended by 48 Hours", "ceasefire renewed until June")
ACCORDS_EXTENDED = [
    ("agreement", False, r"\b" + _ACCORD + r"(?:,[^,;.⟦]{1,100},|\s+(?:(?!(?:could|may|might|would|should|not|if|whether|"
                         r"unless)\b)[\w'’-]+\s+){0,4}?)\s*(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|"
                         r"(?:is|are)\s+to\s+be)\s+(?:(?:formally|officially|again|also|now)\s+)?" + _EXTENDED + r"\b"),
    ("agreement", False, r"\b" + _ACCORD + r"[\x22”’]?\s+" + _EXTENDED + r"(?=\s+(?i:for|until|till|to|by|in|on|last|through)\s)"),
]

#: the words one of which a sentence must hold for the patterns to be tried
EXTENDED_WORDS = ("xtended", "enewed", "rolonged", "rolled")


_TO_COME = fast_start(re.compile(r"\b" + _ACCORD + r"\s+(?:[\w'’-]+\s+){0,4}?(?:will\s+be|(?:is|are)\s+to\s+be)\s+" + _EXTENDED + r"\b"))


def settle_extensions(text: str, found: list[Candidate]) -> None:
    """Date an extension to come by the words that make it known: "The deal will be extended for 60 days, X said on
    Tuesday" tells the parties' accord that day (the guideline's label of 862 and 958: the announcement and the agreement
    share the day), where a gathering to come keeps its own date; an extension no one speaks of stays to come."""
    if "be " not in text or not _TO_COME.search(text):
        return
    said = next((c for c in found if c.event_type in SPEECH_TYPES and c.first is not None), None)
    if said is None:
        return
    for c in found:
        if c.event_type == "agreement" and c.future and c.first is None:
            c.first, c.last, c.precision, c.dated_by, c.future = said.first, said.last, said.precision, said.dated_by, False


__all__ = ["ACCORDS_EXTENDED", "EXTENDED_WORDS", "settle_extensions"]
