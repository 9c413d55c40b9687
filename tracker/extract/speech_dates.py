"""Which dated event a speech act reports, for guideline 2 of the corpus (docs/extraction.md, "Dates").

A "said" with no day of its own takes the day of the event it reports when that event is within three days of
publication, else the day of publication. Words told several paragraphs below the event, that do not name it ("the
talks", "this round", "the meeting"), report no event of the story: they are the news of the day of publication
(rounds 250-259).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import gated

#: How many paragraphs below an event words may stand and still be read as reporting it without naming it
NEAR = 3
#: The event named again by a definite noun: "the talks", "this round", "the meeting", "yesterday's session"
_NAMES_EVENT = re.compile(
    r"\b(?:the|this|that|these|those|today['’]s|yesterday['’]s|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|talks|meeting|meetings|negotiations|discussions|session|summit|visit|call|conversation|consultations|"
    r"gathering|conference|signing|ceremony|agreement|deal|accord)\b", re.I)


#: The event named, then its verb in the future: "The meeting, he said, would allow the council …", "in this round
#: important decisions will be made": words about a planned event (round 475)
_NAMES_PLANNED = re.compile(_NAMES_EVENT.pattern + r"[^.;:!?]{0,60}?\b(?:will|would|shall)\b", re.I)


def reports(speech: Candidate, event: Candidate) -> bool:
    """Whether `speech` may be read as reporting `event`: near it, or naming an event with a definite noun; never when
    the event it names is one to come."""
    if speech.evidence and _NAMES_PLANNED.search(speech.evidence[0]):
        return False
    if speech.paragraph - event.paragraph <= NEAR:
        return True
    return any(_NAMES_EVENT.search(e) for e in speech.evidence[:1])





#: An opening setting between a sentence's first date and its subject: "Last year, at a meeting in Lima, X said"
_SETTING_AFTER_DATE = re.compile(r"\s*,\s*(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}$",
                                 re.I)


#: What may follow the verb of a closing attribution: "said.", "told reporters.", "said in a statement on Friday."
_CLOSES = re.compile(r"(?:\s+(?:on|in|to|at|late|early|reporters|journalists|TASS|Reuters|a|an|the|his|her|its|their|[\w'’-]+day|"
                     r"statement|briefing|news|press|conference|interview)\b)*\s*[.!]?\s*$", re.I)


def opening_owner(first: int, anchors: list[tuple[int, int]], text: str, speech: set[int], date_end: int,
                  tail: int | None) -> int | None:
    """The trigger a sentence's opening date ("On Friday, …", "Last year, …") belongs to, given that `first` is the
    sentence's first trigger after it and `tail` where its closing attribution starts (", Lavrov said.").

    The date belongs to the main clause: not to the noun of an opening setting ("Last year, at a meeting in Lima, X said"
    is X's words of last year, said at that meeting), nor to the attribution that closes the sentence ("On Friday, the
    meeting could not take place, Lavrov said": Friday is the clause's, the words are dated as any "said" without a day).
    """
    if first not in speech and _SETTING_AFTER_DATE.fullmatch(text, date_end, anchors[first][0]):
        later = [i for i, (s, _) in enumerate(anchors) if i in speech and s > anchors[first][1]]
        if later and "," in text[anchors[first][1]:anchors[later[0]][0]]:
            return later[0]
    if first in speech and tail is not None and anchors[first][0] > tail and date_end <= tail \
            and _CLOSES.fullmatch(text, anchors[first][1]):  # the attribution closes the sentence: "…, Lavrov said."
        return None
    return first


#: A date governed by a participle of its own, right before it: "the ceasefire established on 21 May", "the roadmap
#: adopted in March", "the truce declared on May 20"
_PARTICIPLE_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,}ed|held|made|set\s+up|begun|drawn\s+up|reached|upon)\s+(?:on|in|since|from)\s+(?:the\s+)?$")
#: Participles of telling and publishing, whose day is the words' own: "quoted on Friday as saying", "in a statement issued
#: on Friday", "a letter dated May 5"
_TELLING = re.compile(r"^(?:quoted|reported|published|posted|released|issued|interviewed|asked|reached|contacted|broadcast|"
                      r"aired|tweeted|cited|carried|dated|sent|delivered|addressed|briefed|recorded|filmed|televised)$")


#: An event named by its day: "the October 5 agreement", "the March 2 ceasefire deal", "the June 12 summit"
_NAMED_BY_DAY = re.compile(r"\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:agreement|deal|accord|treaty|ceasefire|cease-fire|truce|summit|"
                           r"declaration|memorandum|statement|meeting|talks|round|session)\b")


def speech_owner(owner: int | None, date_start: int, anchors: list[tuple[int, int]], text: str, speech: set[int],
                 date_end: int | None = None) -> int | None:
    """`owner` (the trigger `date_owner.date_owner` gave the date), or None when it is a speech act and the date is governed by a
    participle of another act that no trigger reads ("The ceasefire established on 21 May has held, X noted", "X said the
    roadmap adopted in March stands"): that date is the other act's, and the words are dated as any "said" without a day
    (round 252)."""
    if owner is None or owner not in speech:
        return owner
    if date_end is not None and _NAMED_BY_DAY.match(text, date_end) and re.search(r"\b(?:the|an?|its|their)\s+$", text[max(0, date_start - 8):date_start]):
        return None  # "reaffirmed their commitment to the October 5 agreement": the accord's day, not the words' (round 256)
    m = _PARTICIPLE_BEFORE.search(text, max(0, date_start - 40), date_start)
    if m is None or _TELLING.match(m.group("verb")) or any(s < m.end("verb") and m.start("verb") < e for s, e in anchors):
        return owner
    return None


#: Words told after an event of their own sentence: "After the previous meeting on 4 September, X noted", "X told
#: reporters following Monday's talks"
_AFTER_EVENT = gated(re.compile(r"\b(?:after|following|at\s+the\s+end\s+of|at\s+the\s+close\s+of)\s+(?:the|a|an|their|its|his|her|this|"
                                r"[\w'’-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|round|summit|call|conversation|"
                                r"negotiations|discussions|consultations|visit|ceremony)\b", re.I))


def after_event(speech: Candidate, events: list[Candidate]) -> Candidate | None:
    """The dated past event of the speech's own sentence that the words were said after, or None (round 252): the
    guideline dates words said at an event by that event, and words told "after the meeting on 4 September" are."""
    if not speech.evidence or _AFTER_EVENT.search(speech.evidence[0]) is None:
        return None
    same = [m for m in events if m is not speech and m.order == speech.order and m.first is not None and m.dated_by == "text"
            and not m.future and m.precision == "day" and m.event_type not in ("statement", "proposal", "announcement")]
    return same[0] if len(same) == 1 else None


__all__ = ["NEAR", "after_event", "opening_owner", "reports", "speech_owner"]


#: A reported clause that opens on its date: "revealed that on October 15, he hosted …", "said that last week the two
#: sides had met …" (round 695): the words between the speech verb and the date
_TO_COME = re.compile(r"\b(?:will|would|shall|to|is\s+due|are\s+due|plans?|expected)\b")
_THAT_OPENS = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?that\s*,?\s*(?:(?:on|in|at|during|since)\s+)?$")


def reported_clause_owner(date_start: int, date_end: int, anchors: list[tuple[int, int]], text: str,
                          speech: set[int]) -> int | None:
    """The event trigger of the clause a speech verb's "that" opens with this date ("X said that on May 2 he hosted a
    dinner": the dinner's day, not the words'), or None when the date stands elsewhere or the clause has no event verb
    within 60 characters."""
    left = [(date_start - e, i) for i, (s, e) in enumerate(anchors) if 0 <= e <= date_start]
    if not left or min(left)[1] not in speech or not _THAT_OPENS.match(text[anchors[min(left)[1]][1]:date_start]):
        return None
    right = [(s - date_end, i) for i, (s, e) in enumerate(anchors) if s >= date_end and i not in speech]
    if not right or min(right)[0] > 60 or _TO_COME.search(text, date_end, anchors[min(right)[1]][1]):
        return None  # "said that on Monday the sides will meet": the date was read in the speech's past tense, left so
    return min(right)[1]
