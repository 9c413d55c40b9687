"""Calls to act in the words that follow a speaker's sentence (round 354).

The guideline makes speech a `proposal` when it calls on someone to act. A quote that stands as a sentence of its own
("… for peace,” he said. “I urge you to seize this opportunity.”) continues the words of the speaker just named in the
same paragraph; it was given to the next speaker the article names, even in a later paragraph, and a call in it was
read by nobody (the speech type is settled on the speaker's own sentence). Now a bare quote in the speaker's paragraph
stays with that speaker, and a statement whose words, its own or continued, call on someone to act is a proposal.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.clauses import _PLAN_WORD, _WHEN
from tracker.extract.prefilter import per_article, words_of
from tracker.extract.triggers import FUTURE, NECESSARY, PERFORMATIVE, TALK_NOUN, TALK_WORDS


#: A sentence that gives a quote to a document, not to a speaker: "“…,” the statement said", "The communiqué read: “…”"
#: (round 562). The words are those of whoever issued the document, the speaker told before.
_DOCUMENT_SAID = re.compile(r"\s*(?:⟦Q\d+⟧\s*,?\s*(?:the|its|his|her|their)\s+(?:joint\s+)?(?:statement|communiqu[eé]|press\s+release|"
                            r"readout|declaration)\s+(?:said|says|added|read|reads|stated|noted)|(?:The|Its|Their)\s+(?:joint\s+)?"
                            r"(?:statement|communiqu[eé]|press\s+release|readout|declaration)\s+(?:said|says|added|read|reads|stated|noted)"
                            r"\s*:?\s*⟦Q\d+⟧)\s*[.!]?\s*")


def document_quote(text: str) -> bool:
    """True when the sentence `text` (quotes as markers) is a quote given to "the statement" and nothing else."""
    return "⟦" in text and bool(_DOCUMENT_SAID.fullmatch(text))


def continues_previous(candidates: list[Candidate], bare_paragraph: int | None, paragraph: int) -> bool:
    """True when a bare quote of `bare_paragraph` continues the last speaker of that paragraph rather than the speaker
    of the sentence in `paragraph` that follows it."""
    previous = [c for c in candidates if c.event_type in SPEECH_TYPES]
    return bool(previous) and bare_paragraph is not None and previous[-1].paragraph == bare_paragraph != paragraph


#: A word `PERFORMATIVE`, `NECESSARY` or `_BIDDEN` needs (lowercase): a quote without one is not searched (long quotes,
#: read for every statement, cost some 3% of an article's extraction)
_CALL_WORDS = ("propose", "suggest", "call", "urge", "appeal", "offer", "invite", "necessary", "essential", "imperative", "encourage")
#: Words that bid someone act, in the third person of a body's own statement (round 562): "The members of the Council
#: encouraged the parties to return to talks" (a normative "should be reduced" was tried and not kept: round 561)
_BIDDEN = re.compile(r"\b(?:urged|urges|encouraged|encourages|called\s+(?:on|upon)|calls\s+(?:on|upon)|appealed\s+to)\s+"
                     r"(?:[\w'’.-]+\s+){1,5}?to\s+[a-z]")


def _calls(quote: str) -> bool:
    lowered = quote.lower()
    return any(w in lowered for w in _CALL_WORDS) and bool(PERFORMATIVE.search(quote) or NECESSARY.search(quote)
                                                            or _BIDDEN.search(quote))


#: A call told as a participle after the speech verb, in the speaker's own sentence (round 563): "X stressed its
#: commitment to peace, calling for a diplomatic solution", "…, urging pressure on Y", "its position of calling for …"
#: Also a call told as a second finite verb of the speaker (round 732): "X welcomed the deal and called on both sides to
#: implement it", "X reiterated its support, and urged all parties to …" (not "and had urged": a past told of another)
_CALLING = re.compile(r",\s+(?:and\s+)?(?:calling\s+(?:for|on|upon)|urging|appealing\s+to)\s|\bposition\s+of\s+calling\s+(?:for|on)\s"
                      r"|\band\s+(?:also\s+|again\s+)?(?:urged|called\s+(?:on|upon)|appealed\s+to)\s+(?:[\w'’.-]+\s+){1,5}?to\s+[a-z]")


def _calls_after(c: Candidate, said: list[str]) -> bool:
    return any(("calling" in e or "urging" in e or "urged" in e or "called" in e or "appealed" in e)
               and said.count(e) == 1 and _CALLING.search(e) for e in c.evidence)


@per_article  # a quote is asked twice: for its sentence's candidates, then for the statements it is quoted in
def plans_gathering(quote: str) -> bool:
    """Words that make a gathering to come known, as `events` reads a sentence's own quotes ("we have decided to hold the
    next meeting in May"). The talk noun is tested first, as a word set (`TALK_NOUN` is one word of a list): the
    case-blind patterns cost some 12 us a quote each and most quotes name no gathering."""
    words = words_of(quote)
    talk = not TALK_WORDS.isdisjoint(words) if words is not None else TALK_NOUN.search(quote)
    return bool(talk and FUTURE.search(quote) and (_WHEN.search(quote) or _PLAN_WORD.search(quote)))


def calls_in_quotes(candidates: list[Candidate]) -> None:
    """Make a proposal of each statement whose quoted words call on someone to act, or one of whose sentences, the only
    speech of it, ends on a call ("…, calling for a diplomatic solution")."""
    said = [e for c in candidates if c.event_type in SPEECH_TYPES for e in c.evidence]
    for c in candidates:
        if c.event_type == "statement" and c.speaker and (any(_calls(q) for _, q in c.quotes) or _calls_after(c, said)):
            c.event_type = "proposal"
            c.actors[c.speaker] = "initiator"
        elif c.event_type == "statement" and c.speaker and any(plans_gathering(q) for _, q in c.quotes):
            c.event_type = "announcement"  # words continued in a later sentence that fix the next meeting (round 565)


__all__ = ["calls_in_quotes", "continues_previous", "document_quote", "plans_gathering"]
