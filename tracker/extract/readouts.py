"""A readout of a gathering told as someone's words belongs to the gathering (docs/extraction.md, "Types", round 260).

"According to the foreign ministry, the meeting covered the ceasefire", "The talks focused on prisoners, the ministry
said", "X says the discussion was devoted to security": the words describe what was said at the meeting, talks or call
just reported; the guideline gives what a readout says of a meeting or call to that meeting or call, so they are no
statement of their own. Only a plain statement is folded (a proposal or an announcement makes something else known),
only when the sentence's gathering is told in the past tense by a verb of its content, and only into the latest
gathering held (not planned) in the same or the previous four paragraphs; with none, the statement stays.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import fast_start

#: The gathering just reported as the subject of a verb of its content: "the meeting covered", "the talks focused on",
#: "the discussion was focused on", "the conversation dealt with" (not "the next meeting will focus on": no past verb)
_CONTENT = fast_start(re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?!(?:next|upcoming|new|coming|future|planned|proposed)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|discussions?|negotiations|consultations|conversation|call|session|round)\s+(?:[\w-]+ly\s+|also\s+)?"
    r"(?:focused|focussed|covered|addressed|centred|centered|touched\s+(?:up)?on|dealt\s+with|revolved|concentrated|"
    r"discussed|examined|reviewed|"  # "the talks also examined a plan for …": the gathering's content (round 833)
    r"(?:was|were|had\s+been)\s+(?:mainly\s+|largely\s+|primarily\s+)?(?:focused|focussed|devoted|dedicated|centred|centered))\b"))
_GATHERINGS = ("meeting", "talk_round", "summit", "call")

#: What a readout says a participant did in the gathering: "stressed", "expressed gratitude", "emphasised" (round 340)
_DID = re.compile(r"\b(?:stressed|highlighted|noted|expressed|emphasi[sz]ed|emphasi[sz]ing|underlined|underscored|reaffirmed|"
                  r"pointed\s+out|voiced|conveyed|wished|praised|hailed|commended|lauded|applauded|informed|briefed|thanked|stated)\b")
#: Words given as the participant's own ("X said", "X told reporters"): a statement of their own (guideline, 177)
_SAID = re.compile(r"\b(?:said|says|told|tells|announced|wrote|tweeted|declared)\b")
_TO_PRESS = re.compile(r"\b(?:briefed|informed|told)\s+(?:the\s+)?(?:press|reporters|journalists|media|correspondents)\b"
                       # words relayed by the media are said in public, no record of the gathering (round 533)
                       r"|\b(?:[Aa]ccording\s+to|[Cc]iting)\s+(?:(?:local|state|[A-Z][\w-]+)\s+)?(?:media|press|news)\s+reports?\b")
#: Words told as said once the gathering was over (round 344)
_AFTERWARDS = re.compile(r"\W*(?:After|Following|Afterwards|Later|Upon|At\s+the\s+end\s+of)\b")
#: The sentence puts itself in the gathering: "During the meeting, …", "At the talks held on Thursday, …"
#: A verdict on the gathering as a whole, given once it is over: "expressed satisfaction with the outcome", "was satisfied
#: with the talks", "voiced disappointment with the results of the meeting" (round 540); not "satisfaction with the growth of
#: trade", which a readout tells of the talk inside the meeting
_VERDICT = re.compile(r"\b(?:satisf(?:action|ied)|dissatisf(?:action|ied)|disappoint(?:ment|ed)|content|pleased|happy)\W{0,3}\s+"
                      r"(?:with|at|by|about|over)\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}?(?:outcome|results?|talks|meeting|"
                      r"discussions?|negotiations|summit|session|round|conversation)\b", re.I)
_DURING = re.compile(r"\W*(?:During|At|In\s+the\s+course\s+of)\s+(?:the|this|that|their|these|its)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:meeting|meetings|talks|call|conversation|session|discussions?|negotiations|consultations|summit)\b[^,.;]{0,40},")


#: The reported clause opens on the gathering (round 833): "The spokesman said that during the meeting, X expressed …"
_SAID_DURING = re.compile(r"\b(?:said|says|added|stated|reported)\s+that\s+(?:during|at|in\s+the\s+course\s+of)\s+(?:the|this|that|"
                          r"their|these|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|meetings|talks|call|conversation|session|discussions?|"
                          r"negotiations|consultations|summit)\b")


def verdict(sentence: str) -> bool:
    """True when the sentence gives a verdict on a gathering as a whole ("satisfied with the talks"): a statement."""
    return _VERDICT.search(sentence) is not None


def _participant_words(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The gathering held just before whose readout `c` is: "Lavrov stressed the need for …" two paragraphs after the
    call of Lavrov's it reads out, "During the meeting, Egypt stressed …" (docs/extraction.md, "Types"). Words of no own
    date only; "X said" stays X's statement unless the sentence sets itself in the gathering."""
    if c.event_type != "statement" or c.future or c.dated_by == "text" or not c.evidence or not _DID.search(c.evidence[0]):
        return None
    during = _DURING.match(c.evidence[0]) is not None or _SAID_DURING.search(c.evidence[0]) is not None
    if _SAID.search(c.evidence[0]) and not during:
        return None
    if _TO_PRESS.search(c.evidence[0]) or _AFTERWARDS.match(c.evidence[0]) or _VERDICT.search(c.evidence[0]) and not during:
        return None  # "X briefed the press on the round", "After the talks, X stated": X's statement
    held = [m for m in kept if m.event_type in _GATHERINGS and not m.future and not m.reference and m.order < c.order
            and 0 <= c.paragraph - m.paragraph <= 5 and (during or m.event_type != "talk_round" and c.speaker in m.actors)
            and (c.first is None or m.first is None or 0 <= (c.first - (m.last or m.first)).days <= 3)]
    return max(held, key=lambda m: m.order) if held else None


def fold_readouts(events: list[Candidate]) -> list[Candidate]:
    """Fold each statement that reads out the content of the gathering just reported into that gathering."""
    kept: list[Candidate] = []
    for c in events:
        if c.event_type == "statement" and c.evidence and _CONTENT.search(c.evidence[0]):
            held = [m for m in kept if m.event_type in _GATHERINGS and not m.future and not m.reference
                    and m.order < c.order and 0 <= c.paragraph - m.paragraph <= 4]
            if held:
                target = max(held, key=lambda m: m.order)
                target.evidence += [e for e in c.evidence if e not in target.evidence]
                target.quotes += c.quotes
                continue
        if (target := _participant_words(c, kept)) is not None:  # round 340
            target.evidence += [e for e in c.evidence if e not in target.evidence]
            target.quotes += c.quotes
            continue
        kept.append(c)
    return kept


__all__ = ["fold_readouts", "verdict"]
