"""Which trigger of a sentence a date belongs to, and where a sentence's closing attribution begins.

A sentence often holds several triggers and several dates ("held talks in Geneva on Monday, the ministry said on
Tuesday"); each date goes to the trigger its position and the words around it tie it to. Taken out of `events.py`,
which builds the candidates from these choices.
"""
from __future__ import annotations

import re

from tracker.extract.dates import DateMention
from tracker.extract.speech_dates import opening_owner, reported_clause_owner
from tracker.extract.triggers import TALK_NOUN

#: The attribution that ends a sentence: ", Kazakhstan's Foreign Minister told reporters on Tuesday", ", X, press secretary
#: of Y, said."
_ATTRIBUTION_TAIL = re.compile(r",\s*(?:according\s+to\b.*|(?:[^,⟦]{1,160},\s*){0,3}[^,⟦]{0,160}?\b(?:said|says|told|announced|noted|stated|"
                               r"added|reported)\b[^,⟦]{0,60})\.?\s*$")


def attribution_start(text: str, after: int = 20) -> int | None:
    """Where the attribution that ends a sentence starts: the first comma after `after` from which the rest is one
    (and names no talks of its own)."""
    for m in re.finditer(",", text):
        if m.start() >= after and _ATTRIBUTION_TAIL.match(text, m.start()) and not TALK_NOUN.search(text, m.start()):
            return m.start()
    return None


#: A date told inside a "since" phrase about another act: "her first visit since her appointment last year", "the first
#: talks since the ceasefire collapsed in March" (not "since early March", "since the end of 2019": those are periods)
_SINCE_PHRASE = re.compile(r"(?i)\bsince\s+(?:the|a|an|his|her|their|its|our|my|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}$")
_PERIOD_WORD = re.compile(r"(?i)\b(?:end|beginning|start|middle|early|late|mid|week|weekend|month|year|day|days|weeks|months|years)\b")


def _since_phrase(date: DateMention, text: str) -> tuple[int, int] | None:
    """The span of the "since" phrase a date closes ("since her appointment last year"), or None."""
    if "ince" not in text[max(0, date.start - 70):date.start]:  # cheap test first: most dates have no "since" before them
        return None
    m = _SINCE_PHRASE.search(text, max(0, date.start - 70), date.start)
    if m is None or _PERIOD_WORD.search(m.group()):
        return None
    return m.start(), date.end


#: A page's timestamp glued before a lead that opens with its own date: "May 11, 2023 On May 9 and 10, the … round was
#: held"; the stamp is when the page was put out, the lead's date is the event's (round 815)
_STAMP_THEN_DATE = re.compile(r"\s+(?:On|In|From|Between|Since|Yesterday|Today|Earlier|Last|This)\b(?:\s+(?:the\s+)?(?:[\w,.-]+\s+){0,2}?"
                              r"(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|morning|evening))?")
_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _stamp(date: DateMention, text: str) -> bool:
    """Whether `date` is a page's dated stamp that opens `text` right before the lead's own date."""
    if date.start > 1 or date.precision != "day" or not _WITH_YEAR.search(date.text):
        return False
    m = _STAMP_THEN_DATE.match(text, date.end)
    return m is not None and (m.group().strip().split()[0] in ("Yesterday", "Today") or m.lastindex is None and len(m.group().split()) > 1)


_BARE_END = re.compile(r"(?i)(?:ended|ends|began|begins|started|starts|opened|opens|resumed|resumes|concluded|concludes|closed|continued|continues|took\s+place)")


def date_owner(date: DateMention, anchors: list[tuple[int, int]], text: str, speech: set[int]) -> int | None:
    """Which trigger (index into anchors) a date belongs to; a future date never dates a speech act."""
    if date.future:
        anchors = [(s, e) if i not in speech else (-10_000, -10_000) for i, (s, e) in enumerate(anchors)]
    if not anchors or all(s < 0 for s, _ in anchors) or _stamp(date, text):
        return None
    if date.text.lower().endswith("after"):  # "…, a year after the two sides signed the accord": only the act told after it,
        right = [i for i, (s, e) in enumerate(anchors) if date.end <= s <= date.end + 100 and not re.search(r"[,;.]", text[date.end:s])]
        return right[0] if right and not _BARE_END.fullmatch(text, *anchors[right[0]]) else None  # not "… the fighting ended" (621)
    inside = [i for i, (s, e) in enumerate(anchors) if 0 <= s <= date.start and date.end <= e]
    if inside:  # "adopted on Wednesday a resolution": the date told inside the trigger's own words (round 144)
        return inside[0]
    touching = [i for i, (s, e) in enumerate(anchors) if s >= 0 and (s == date.end or e == date.start)]
    if touching:  # a noun trigger built around this very date ("the March 4, 2021 agreement")
        return touching[0]
    if (since := _since_phrase(date, text)) is not None:  # the date of the act the phrase names, never the main act's (round 811)
        within = [i for i, (s, e) in enumerate(anchors) if since[0] <= s and e <= since[1]]
        return within[-1] if within else None
    first = next((i for i, (s, _) in enumerate(anchors) if s >= 0), None)
    if first is not None and date.end <= anchors[first][0] and (date.start < 4 or text[date.end:date.end + 1] == ","):
        return opening_owner(first, anchors, text, speech, date.end, attribution_start(text))  # (round 251)
    if (reported := reported_clause_owner(date.start, date.end, anchors, text, speech)) is not None:
        return reported  # "revealed that on October 15, he hosted a dinner": the dinner's day (round 695)
    left = [(date.start - end, i) for i, (start, end) in enumerate(anchors) if 0 <= end <= date.start]
    right = [(start - date.end, i) for i, (start, end) in enumerate(anchors) if start >= date.end]
    if left and min(left)[0] <= 60:
        return min(left)[1]
    if right and min(right)[0] <= 40:
        i = min(right)[1]
        events_left = [j for _, j in sorted(left) if j not in speech]
        if i in speech and events_left and "," in text[date.end:anchors[i][0]] and date.start - anchors[events_left[0]][1] <= 250:
            return events_left[0]  # "held talks with X, …, in Langfang from Dec. 11 to 12, the ministry said on Monday":
            # the attribution after the comma is a clause of its own; the date is the talks'
        return i
    if right and (i := min(right)[1]) in speech and (tail := attribution_start(text)) is not None \
            and date.end <= tail < anchors[i][0]:
        events_left = [j for _, j in sorted(left) if j not in speech]
        if events_left and date.start - anchors[events_left[0]][1] <= 250:
            return events_left[0]  # "held the 20th round … at the border point on 9-10 October, a statement from the
            # Ministry of Defence announced on Thursday": the closing attribution is a clause of its own however far
            # the date stands from the event's verb; the date is the round's (round 1045)
    everything = left + right
    return min(everything)[1] if everything else None


def opens_sentence(date: DateMention, text: str) -> bool:
    """Whether `date` opens its sentence before a comma ("On November 22, 2022, X and Y co-chaired the 14th round"): the
    date of the main clause, however long the subject between it and the verb (round 1048)."""
    return date.start < 4 and text[date.end:date.end + 1] == "," and not date.future


__all__ = ["attribution_start", "date_owner", "opens_sentence"]
