"""A gathering whose sentence names two heads of state or government, each by title and name, as its own parties is a
summit (round 1280).

The guideline types a meeting of heads of state or government a `summit`, also a meeting of a standing format's heads
(docs/extraction.md, "Types", decision 2 of the twenty-third stop), keeping the number the text gives. `assemble._read`
counts heads among the actors the roster read, and keeps a gathering a session when a talks word names it ("bilateral
talks", "the dialogue"), so that delegations' talks told beside their leaders stay sessions. The wire often names both
heads in the gathering's own sentence while the roster keeps only one of them as an actor (a head named by a title the
roster does not store, "Chairman of the Sovereignty Council, Lt. Gen. X", or one the clause reader gave to another
event of the sentence), and tells their talks with a talks word or an ordinal ("during their fourth trilateral
meeting"). This module reads the heads from the words, in three shapes that make them the gathering's parties:
- "talks / dialogue / meeting between President X and (the …) leader / Prime Minister Y" (not "a summit between":
  a summit the sentence's talks only discuss is an event of its own, round 402);
- "President X and Prime Minister Y … during / at / in / for their … meeting / talks / summit";
- "President X … (talks | a meeting | met | meets) with (the) (…) President Y".

A head is a title (President, Prime Minister, Premier, Chancellor, King, Emir, Sultan, Crown Prince; the chair of a
collective presidency, as `summits.COUNCIL_CHAIR`) followed by a capitalised name, or by "of <Country>, <Name>". Not a
vice, deputy, former or acting one, nor a "leader" other than in the second place of "between X and the Y leader Z".
The two must have different names, neither in the possessive ("President X's aides"). A cheap literal gate (a title
word twice) runs first.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

_TITLE = r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Sultan|Crown\s+Prince)"
_CHAIR = (r"(?:Chairman|Chairwoman|Chair|Head)\s+of\s+the\s+(?:Transitional\s+)?(?:Sovereign(?:ty)?|Presidential)"
          r"\s+Council")
_WORD = r"[A-Z][\w'’-]+"
_NAME = r"(?:(?:Lt\.\s+|Gen\.\s+|Dr\.?\s+|Sheikh\s+)*(?:" + _WORD + r"\s+){0,3}" + _WORD + ")"
_NOT_SITTING = r"(?<!Vice\s)(?<!Vice-)(?<!Deputy\s)(?<!Former\s)(?<!former\s)(?<!Acting\s)(?<!acting\s)"
#: a head with the name after the title: "President X", "Japanese Prime Minister X Y", "the President of Ecuador, X Y",
#: "Chairman of the Sovereignty Council, Gen. X Y"; GROUP stands for the name's group
_HEAD = (_NOT_SITTING + r"(?:" + _TITLE + r"\s+(?:of\s+(?:the\s+)?(?:" + _WORD + r"\s+){0,2}?" + _WORD + r",\s+)?|"
         + _CHAIR + r",\s+)(?P<GROUP>" + _NAME + r")")
_LEADER = r"(?:the\s+)?(?:" + _WORD + r"\s+)?leader\s+(?P<GROUP>" + _NAME + r")"


def _named(pattern: str, group: str) -> str:
    return pattern.replace("GROUP", group)


_GATHERING = r"(?:meeting|talks|summit|negotiations|dialogue|encounter)"
_SHAPES = [
    # "talks between President X and the Y leader Z"
    re.compile(r"\b(?i:talks|dialogue|meeting|negotiations|encounter|consultations)\s+between\s+(?:the\s+)?"
               r"(?:" + _WORD + r"\s+)?" + _named(_HEAD, "a") + r"\s+and\s+(?:the\s+)?(?:" + _WORD + r"\s+)?"
               r"(?:" + _named(_HEAD, "b") + "|" + _named(_LEADER, "c") + r")"),
    # "President X and Prime Minister Y agreed … during their fourth meeting"
    re.compile(r"(?:" + _WORD + r"\s+)?" + _named(_HEAD, "a") + r"\s+and\s+(?:" + _WORD + r"\s+)?" + _named(_HEAD, "b")
               + r"\b[^.;:⟦]{0,120}?\b(?:during|at|in|for)\s+their\s+(?:[\w-]+\s+){0,3}?" + _GATHERING + r"\b"),
    # "President X … for talks with President Y", "X … met in the palace with the President of Z, W"
    re.compile(_named(_HEAD, "a") + r"\b[^.;:⟦]{0,160}?\b"
               r"(?:talks|a\s+meeting|meeting|(?:met|meets)(?:\s[^.;:⟦]{0,80}?)?)\s+with\s+"
               r"(?:the\s+)?(?:his\s+|her\s+)?(?:counterpart,?\s+)?(?:" + _WORD + r"\s+){0,2}?" + _named(_HEAD, "b")),
]
_GATE = ("President", "Prime Minister", "Premier", "Chancellor", "King", "Emir", "Sultan", "Crown Prince", "Council",
         " leader ")


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def heads_as_parties(sentence: str) -> bool:
    """True when `sentence` names two different heads of state or government, by title and name, as the parties of
    its gathering ("talks between President X and Prime Minister Y", "X and Y … during their fourth meeting")."""
    if sum(sentence.count(w) for w in _GATE) < 2:
        return False
    for shape in _SHAPES:
        for m in shape.finditer(sentence):
            names = [m.group(g) for g in ("a", "b", "c") if g in shape.groupindex and m.group(g)]
            if len(names) == 2 and _surname(names[0]) != _surname(names[1]) \
                    and not any(re.search(r"['’]s$", n) for n in names):  # "President X's aides": not X
                return True
    return False


def heads_gathering(c: Candidate) -> bool:
    """True for a meeting or session whose first sentence names two heads as its parties (round 1280)."""
    return c.event_type in ("meeting", "talk_round") and bool(c.evidence) and heads_as_parties(c.evidence[0])


__all__ = ["heads_as_parties", "heads_gathering"]
