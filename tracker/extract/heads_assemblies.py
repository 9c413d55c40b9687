"""A regional body's gathering of heads of state is a summit (round 773).

"The 42nd Extraordinary Assembly of the <bloc> Heads of State and Government was convened on Thursday in <town>": the
bodies of African and other regional blocs name their summits "Assembly", "Authority", "Conference" or "Session" of
"Heads of State (and Government)". No talk noun of `triggers.HELD` is in the phrase ("Assembly", "Authority"), so the
gathering went unread, or a "Conference" of them was typed a meeting. The phrase told as held, convened, opened or
met is now a summit (docs/extraction.md, "Types": `summit` when heads of state or government meet).
"""
from __future__ import annotations

import re

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

#: A gathering named as one of heads of state or government (round 871; docs/extraction.md, "Types": `summit` when heads
#: of state or government meet), told before its noun: "the ASEAN Leaders' Meeting", "the SCO leaders' session", "the
#: trilateral leaders' meeting", "the bloc will hold its leaders' meeting", "a heads-of-government meeting", "the Heads
#: of State Council" (a bloc, a number of states or a possessive before "leaders'", so that "opposition leaders'
#: meeting" is not one; lowercase "leaders" only as a possessive, so "World leaders meeting in Berlin agreed" is the
#: leaders at a gathering, not its name) ...
HEADS_BEFORE = re.compile(r"(?:(?:\b[A-Z][\w+-]*|\b(?:bi|tri|quadri)lateral|\bregional|\b\d+|\bits|\btheir)\s+(?:leaders['’]|Leaders['’]?)"
                          r"|\b[Hh]eads?[\s-]+of[\s-]+(?:[Ss]tates?|[Gg]overnments?)(?:[\s-]+and[\s-]+(?:of[\s-]+)?[Gg]overnments?)?"
                          r"|\b[Ss]ummit[\s-]+level)\s+(?:[\w-]+\s+)?$")
#: ... or after it, with the body whose members are heads by its charter: "the Consultative Meeting of Heads of State of
#: Central Asia", "the meeting of the Council of Heads of State of the CIS", "the meeting of the Supreme Eurasian
#: Economic Council" (the EAEU's presidents), "a session of the European Council" (the EU's heads of state or
#: government), "the CSTO Collective Security Council" (the members' presidents), "the Supreme State Council" (the
#: Union State of Russia and Belarus)
HEADS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w()'’.-]+\s+){0,5}?(?:[Hh]eads?\s+of\s+(?:[Ss]tates?|[Gg]overnments?)\b|"
                         r"(?:Supreme\s+Eurasian\s+Economic|European|Collective\s+Security|Supreme\s+State)\s+Council\b)")


def heads_gathering(before: str, after: str) -> bool:
    """Whether a gathering noun with `before` and `after` it is named as one of heads of state or government."""
    return HEADS_BEFORE.search(before[-80:]) is not None or HEADS_AFTER.match(after[:120]) is not None


_GATHERING_NOUN = re.compile(r"\b(?i:meeting|session|conference)\b")


def names_heads_gathering(text: str) -> bool:
    """Whether `text` names a gathering of heads by one of its gathering nouns ("the next meeting of the Supreme Eurasian
    Economic Council", "our leaders' meeting"): the words of a quote that plans one (round 874)."""
    return any(heads_gathering(text[:m.start()], text[m.end():]) for m in _GATHERING_NOUN.finditer(text))


__all__ = ["HEADS_AFTER", "HEADS_ASSEMBLIES", "HEADS_BEFORE", "HEADS_WORDS", "heads_gathering", "names_heads_gathering"]
