"""A regional body's gathering of heads of state is a summit (round 773).

"The 42nd Extraordinary Assembly of the <bloc> Heads of State and Government was convened on Thursday in <town>": the
bodies of African and other regional blocs name their summits "Assembly", "Authority", "Conference" or "Session" of
"Heads of State (and Government)". No talk noun of `triggers.HELD` is in the phrase ("Assembly", "Authority"), so the
gathering went unread, or a "Conference" of them was typed a meeting. The phrase told as held, convened, opened or
met is now a summit (docs/extraction.md, "Types": `summit` when heads of state or government meet).
"""
from __future__ import annotations

#: "The Assembly of the X Heads of State and Government was convened", "the Conference of Heads of State of the Y met",
#: "the Authority of Heads of State and Government (AHSG) opened"; the verb is read with the phrase, so that the
#: "conference … was held" of `triggers.HELD` does not read it a second time, as a meeting
_NOUN = r"(?:Assembly|Authority|Conference|Session|Summit|Council|Meeting)"
_HEADS = r"[Hh]eads?\s+of\s+[Ss]tates?(?:\s+and\s+(?:of\s+)?[Gg]overnments?)?"
_TAIL = r"(?:\s+(?!(?:that|which|who|said|says|to|and)\b)[\w'’().-]+){0,8}?,?\s+"  # "of the West African bloc"
_VERB = (r"(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+)?(?:(?:officially|formally|also)\s+)?"
         r"(?:held|convened|opened|met|meets|will\s+meet|took\s+place|began|ended|closed|concluded|kicked\s+off)\b")

HEADS_ASSEMBLIES = [("summit", False, rf"\b{_NOUN}\s+of\s+(?:the\s+)?(?:[\w()'’.-]+\s+){{0,8}}?{_HEADS}{_TAIL}{_VERB}")]
#: Words one of which a sentence must hold to be read for the pattern (a gate, prefilter.py)
HEADS_WORDS = ("Heads of State", "heads of state", "Heads of state", "Head of State")

__all__ = ["HEADS_ASSEMBLIES", "HEADS_WORDS"]
