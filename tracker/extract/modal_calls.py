"""A call to act told with a modal: "X should", "Y must not", "Z will need to" (round 1310).

The guideline makes a speaker's words of the day a `proposal` when a "should", "must", "need(s) to", "has to" or "it is
necessary / essential" asks another party, the parties or everyone to do or not to do a given act, the act told in the
active ("North Korea should respond") or the passive ("the talks should be held without preconditions"); the words stay
a `statement` when the modal binds only the speaker's own side ("we must"), states a principle with no act asked
("relations should be based on respect", "the issue should be resolved through dialogue"), or assesses or predicts
("much work still must be done", "the meeting should go well") (decision 1 of the twenty-ninth stop). Round 561 and
`needed_calls` had left the modals out because the labels gave them both ways; the twenty-ninth stop brought the labels
in line with the decision, so the reading is made here, on the speaker's own sentence.

Read: a subject that is not the speaker's side (no "we", "I", "our" before the modal), not a relative pronoun or a
determiner ("the need to" is a noun), then the modal and an act verb. Not an act: a state ("should be a prerequisite",
"must become", "should remain"), a process's own course ("should continue", "must go on"), a principle of manner ("be
based on", "be resolved through / peacefully") or a timeless one ("must never"), a hedge ("should not always"), a
forecast ("should go well", "must take place in a good atmosphere"), "has to do with". Also "it is (absolutely / all
the more) necessary / essential to", the intensified form `triggers.NECESSARY` does not read, and "we need both sides
to".
"""
from __future__ import annotations

import re
from collections import Counter

from tracker.extract.candidate import SPEECH_TYPES, Candidate

#: Words one of which a sentence must hold before the patterns are tried (lowercase substrings).
_GATE = ("should", "must", "need", "has to", "have to", "ought", "necessary", "essential", "imperative")
_Q = r"[\"“”‘’']?\s*"
_MODAL = r"(?:should|must|ought\s+to|(?:will|would)\s+(?:also\s+)?(?:have|need)\s+to|needs?\s+to|has\s+to|have\s+to)"
#: What follows the modal that asks no act: a state, the course going on, a manner, a hedge, an idiom.
_NO_ACT = (r"always\b|never\b|(?:also\s+)?(?:continue|go\s+on\b|remain|stay|become|go\s+beyond|do\s+with|"
           r"take\s+place|go\s+(?:\w+\s+)?(?:well|smoothly|fine|badly)|be\s+(?!\w+ed\b|held\b|made\b|done\b|"
           r"built\b|kept\b|taken\b|given\b|brought\b|set\b|put\b|met\b|sent\b|paid\b|shown\b|drawn\b|found\b)"
           r"|be\s+(?:\w+ly\s+)?(?:based|guided|grounded|resolved|settled|addressed|solved|conducted)\s+"
           r"(?:on|through|by|via|peacefully|in\s|within|carefully|politically|diplomatically|exclusively|only|solely))")
#: A word that cannot be the subject of a call: the speaker's side, pronouns that relate or point back to a thing, a
#: determiner before "need" (the noun), a conjunction, an auxiliary or an adverb between the subject and the modal.
_NOT_SUBJECT = (r"I|we|We|us|our|Our|it|It|that|which|who|whom|what|whatever|there|There|this|This|the|The|a|an|no|No|"
                r"his|her|its|their|my|your|and|but|or|nor|yet|so|will|would|may|might|can|could|shall|again|once|still|"
                r"else|one|thing|work|more|much")
_MODAL_CALL = re.compile(
    r"(?<!whatever\s)\b(?!(?:" + _NOT_SUBJECT + r")\b)[A-Za-z][\w'’.-]*\s+" + _Q
    + r"(?:(?:also|now|immediately|first|really|therefore)\s+)?" + _MODAL + r"\s+" + _Q
    + r"(?:(?:not|again|\w+ly)\s+)*+(?!" + _NO_ACT + r")[a-z]+\b"
    r"|\b[Ii]t\s+is\s+(?:(?:absolutely|all\s+the\s+more|therefore|also|now|very|extremely|so|more\s+than\s+ever)\s+)*"
    r"(?:necessary|essential|imperative)" + _Q + r"\s*(?:for\s+(?:[\w'’.-]+\s+){1,5}?)?to\s+[a-z]"
    r"|\b[Ww]e\s+(?:(?:also|now|really)\s+)?need\s+(?:the|both|all|[A-Z][\w-]+)\s+(?:[\w'’.-]+\s+){0,4}?to\s+[a-z]")
#: The speaker's own side as the subject's possessive: "our side must", "our own forces should"
_OWN_SIDE = re.compile(r"\b(?:our|Our|my|My)\s+(?:[\w-]+\s+)?$")


def asks_by_modal(sentence: str) -> bool:
    """True when `sentence` holds a modal that asks another party or the parties to act ("X should respond", "the
    dialogue should be held without preconditions", "it is absolutely necessary to meet")."""
    lowered = sentence.lower()
    if not any(map(lowered.__contains__, _GATE)):
        return False
    for m in _MODAL_CALL.finditer(sentence):
        if not _OWN_SIDE.search(sentence[max(0, m.start() - 25):m.start()]):
            return True
    return False




def modal_proposals(events: list[Candidate]) -> list[Candidate]:
    """Make a proposal of each statement one of whose sentences, the only speech of it, asks by a modal that another
    party act; run once a readout's words have gone to their gathering, which they belong to whatever they ask."""
    said = Counter(e for c in events if c.event_type in SPEECH_TYPES for e in c.evidence)
    for c in events:
        if c.event_type == "statement" and c.speaker and any(said[e] == 1 and asks_by_modal(e) for e in c.evidence):
            c.event_type = "proposal"
            c.actors[c.speaker] = "initiator"
    return events


__all__ = ["asks_by_modal", "modal_proposals"]
