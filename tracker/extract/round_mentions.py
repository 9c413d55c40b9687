"""Numbered rounds and sessions named in a sentence ("the 20th round of Syria talks", "round 5", "the next round").

Split from triggers.py, which says what kind of event a sentence reports; this module only reads which round a
sentence names and its number, for the event steps (events.py) and the article-wide numbering (round_numbers.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from tracker.extract.lexicon import trie_pattern
from tracker.extract.prefilter import gated, may_hold, per_article, words_of
from tracker.extract.skip_to import skipping

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_TENS = {"twent": 20, "thirt": 30, "fort": 40}
ORDINAL_WORDS = {w: n for n, w in enumerate(_ORDINALS, start=1)}
for _stem, _base in _TENS.items():
    ORDINAL_WORDS[f"{_stem}ieth"] = _base
    for _n, _w in enumerate(_ORDINALS[:9], start=1):
        ORDINAL_WORDS[f"{_stem}y-{_w}"] = _base + _n
        ORDINAL_WORDS[f"{_stem}y {_w}"] = _base + _n
_ORD = r"(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + trie_pattern(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
_ROUND_ADJ = r"(?:(?:(?i:international|high-level|ministerial|formal|informal|plenary|regular|direct|indirect|proximity|new|intra-\w+|trilateral|tripartite|quadrilateral|quadripartite)|[A-Z][\w-]+)\s+){0,4}"
#: What a match of ROUND may begin with: "[Tt]he", a digit, an ordinal word (case-blind letters, which bring every character
#: beyond ASCII, so digits of other scripts too): `re` skips to them
_ROUND_STARTS = {(ord(c), True) for c in {w[0] for w in ORDINAL_WORDS} | {"t"}} | {(ord(d), False) for d in "0123456789"}
ROUND = skipping(re.compile(rf"\b(?:[Tt]he\s+)?(?i:{_ORD})\s+{_ROUND_ADJ}(?i:(?P<noun>round|session|meeting|sitting))s?\b(?P<tail>(?:\s+(?:of|on|in)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:talks|negotiations|format|process|committee|Committee|group|Group|format's))?){{0,3}})"), _ROUND_STARTS)
ROUND_NUMBERED = gated(re.compile(r"\b(?:[Rr]ound|[Ss]ession)\s+(?P<num>\d{1,3})\b"))
ROUND_NEXT = gated(re.compile(r"\b(?:a|the|their|its|our)\s+(?:new|next|upcoming|fresh)\s+(?P<noun>round|session)\b(?P<tail>(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+(?:talks|negotiations|format|process))?)?)", re.I))
_ROUND_WORDS = ("round", "session", "meeting", "sitting")  # one of which (case-blind) any round's noun is
#: An ordinal standing for the round just named: "… in August and the second in early September", ", the third on May 5"
_ELLIPSIS = re.compile(rf"(?:,\s*|\s+)(?:and\s+|while\s+|with\s+)?the\s+(?i:{_ORD})(?=\s*(?:[,.]|$|(?:in|on|at|was|took|followed|came|ended|began|opened|started)\b))")
_NOT_ROUND = gated(re.compile(r"^\s*(?:between|this year|of the year|since|in a row|such)\b", re.I))
#: "since" later in the clause of a "first" gathering: "the first meeting of the mechanism in the sector since May"
_FIRST_SINCE = re.compile(r"[^.;,⟦]{0,110}?\bsince\b")


def ordinal_value(text: str) -> int | None:
    """20 for "20th" or "twentieth", None for anything else."""
    text = text.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", text):
        return int(re.sub(r"\D", "", text))
    return ORDINAL_WORDS.get(text)


#: A round of acts that are no talks: "a round of family reunions", "the last round of prisoner exchanges" (round 174;
#: the guideline's `other`: family reunions)
NOT_TALKS_ROUND = re.compile(r"s?\s+of\s+(?:the\s+)?(?:(?!(?:talks|negotiations|consultations|meetings?|dialogue|discussions)\b)[\w-]+\s+){0,2}?(?:reunions|(?:prisoner|detainee|POW)s?\s+(?:exchanges?|swaps?|releases?)|"
                              r"exchanges?\s+of\s+(?:prisoners|detainees|bodies))\b", re.I)


@dataclass(frozen=True)
class RoundMention:
    """A numbered round or session ("the 20th round of Syria talks")."""

    start: int
    end: int
    number: int
    noun: str
    tail: str
    elided: bool = False  # named by its ordinal alone after another round ("… and the second in April"): no verb's own
    inaugural: bool = False  # "the first meeting of the new committee": a body's first sitting, no round 1 (round 590)


#: The first word of each ordinal ROUND reads ("twenty" of "twenty-first"): a sentence holding none of them and no word
#: like "20th" names no numbered round, and ROUND (some 60 us a sentence that names a meeting) is not tried there
_ORDINAL_FIRSTS = frozenset(re.findall(r"\w+", w)[0] for w in ORDINAL_WORDS)


def _may_name_ordinal(text: str) -> bool:
    words = words_of(text)  # (the words opening with a digit picked at C speed: two walks of one unchanged set agree)
    return words is None or not _ORDINAL_FIRSTS.isdisjoint(words) or any(
        w[-2:] in ("st", "nd", "rd", "th") for w in compress(words, map(str.isdigit, map(itemgetter(0), words))))


def find_rounds(text: str) -> list[RoundMention]:
    """Numbered rounds and sessions in `text`; an ordinal of anything else is not a round."""
    return list(_rounds(text))  # a copy: the caller's to change (cached as `triggers.find_triggers` is)


@per_article  # they depend on the words alone, and a page with no date is read twice (`undated_pages`)
def _rounds(text: str) -> list[RoundMention]:
    found: list[RoundMention] = []
    if not may_hold(text, _ROUND_WORDS):
        return found
    for m in ROUND.finditer(text) if _may_name_ordinal(text) else ():
        inner = ROUND.search(text, m.start("tail")) if m.group("tail") else None
        if inner is not None and inner.start() <= m.end() and inner.group("noun").lower() == "round" \
                and m.group("noun").lower() != "round":  # "the third session of the fifth round": the round is 5
            m = inner
        number = ordinal_value(m.group("ord"))
        if number is None or _NOT_ROUND.match(text[m.end("noun"):]) or NOT_TALKS_ROUND.match(text, m.end("noun")):
            continue  # (nor "the 21st round of family reunions": round 174)
        between = text[m.end("ord"):m.start("noun")]
        if re.search(r"\b(?:day|time|anniversary|half|quarter|week|year|such|consecutive|annual)\b", between, re.I) \
                or number == 1 and _FIRST_SINCE.match(text, m.end("noun")):
            continue  # "the first meeting of the X mechanism since the 22nd round": the first in a while, no round 1 (539)
        found.append(RoundMention(m.start(), m.end(), number, m.group("noun").lower(), m.group("tail") or "",
                                  inaugural=number == 1 and m.group("noun").lower() == "meeting"))
    for r in list(found):  # "The first round was held in August and the second in September": the second round too,
        end, numbers = r.end, {r.number}  # and a third after it (round 136)
        while (m := _ELLIPSIS.search(text, end, min(len(text), end + 80))) is not None:
            number = ordinal_value(m.group("ord"))
            if number is None or number in numbers or re.search(r"[;⟦]", text[end:m.start()]) \
                    or any(x.start <= m.start("ord") < x.end for x in found):
                break
            found.append(RoundMention(m.start("ord"), m.end(), number, r.noun, r.tail, elided=True))
            end, numbers = m.end(), numbers | {number}
    for m in ROUND_NEXT.finditer(text):
        if not any(r.start <= m.start() < r.end for r in found):
            found.append(RoundMention(m.start(), m.end(), 0, "round", m.group("tail") or ""))
    for m in ROUND_NUMBERED.finditer(text):
        if not any(r.start <= m.start() < r.end for r in found):
            found.append(RoundMention(m.start(), m.end(), int(m.group("num")), "round", ""))
    return found
