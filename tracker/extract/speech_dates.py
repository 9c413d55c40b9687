"""Which dated event a speech act reports, for guideline 2 of the corpus (docs/extraction.md, "Dates").

A "said" with no day of its own takes the day of the event it reports when that event is within three days of
publication, else the day of publication. Words told several paragraphs below the event, that do not name it ("the
talks", "this round", "the meeting"), report no event of the story: they are the news of the day of publication
(rounds 250-259).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: How many paragraphs below an event words may stand and still be read as reporting it without naming it
NEAR = 3
#: The event named again by a definite noun: "the talks", "this round", "the meeting", "yesterday's session"
_NAMES_EVENT = re.compile(
    r"\b(?:the|this|that|these|those|today['’]s|yesterday['’]s|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:round|talks|meeting|meetings|negotiations|discussions|session|summit|visit|call|conversation|consultations|"
    r"gathering|conference|signing|ceremony|agreement|deal|accord)\b", re.I)


def reports(speech: Candidate, event: Candidate) -> bool:
    """Whether `speech` may be read as reporting `event`: near it, or naming an event with a definite noun."""
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
__all__ = ["NEAR", "opening_owner", "reports"]
