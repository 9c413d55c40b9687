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
from tracker.extract.prefilter import fast, per_article, words_of
from tracker.extract.needed_calls import calls_as_need
from tracker.extract.prepared_gatherings import prepared
from tracker.extract.quoted_acts import plans_act
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
_CALL_WORDS = ("propose", "suggest", "call", "urge", "appeal", "offer", "invite", "necessary", "essential", "imperative", "encourage", "need")
#: Words that bid someone act, in the third person of a body's own statement (round 562): "The members of the Council
#: encouraged the parties to return to talks" (a normative "should be reduced" was tried and not kept: round 561)
_BIDDEN = re.compile(r"\b(?:urged|urges|encouraged|encourages|called\s+(?:on|upon)|calls\s+(?:on|upon)|appealed\s+to)\s+"
                     r"(?:[\w'’.-]+\s+){1,5}?to\s+[a-z]")


def _calls(quote: str) -> bool:
    lowered = quote.lower()
    return any(map(lowered.__contains__, _CALL_WORDS)) and bool(PERFORMATIVE.search(quote) or NECESSARY.search(quote)
                                                            or _BIDDEN.search(quote) or calls_as_need(quote))


#: A call told as a participle after the speech verb, in the speaker's own sentence (round 563): "X stressed its
#: commitment to peace, calling for a diplomatic solution", "…, urging pressure on Y", "its position of calling for …"
#: Also a call told as a second finite verb of the speaker (round 732): "X welcomed the deal and called on both sides to
#: implement it", "X reiterated its support, and urged all parties to …" (not "and had urged": a past told of another)
#: Round 820 widens it to the whole family of asking participles ("demanding", "pleading with", "asking X to"), to a
#: participle that follows the speaker's own document, with no comma ("issued a statement on Friday urging both sides
#: to …"; not another's: "welcomed the statement calling for …"),
#: and to the speaker's own call reported by its speech verb ("said it was calling on …", "told reporters he had urged …",
#: "said that they propose …"): a pronoun subject right after the verb is the speaker, so the words are its call.
_ASKING = (r"(?:(?:calling\s+(?:for|on|upon)|urging|appealing\s+(?:to|for)|demanding|proposing|pleading\s+(?:with|for)|imploring|"
           r"exhorting)\s|(?:asking|encouraging|inviting|pressing)\s+(?:[\w'’.-]+\s+){1,5}?to\s+[a-z])")
_OWN_CALL = (r"(?:(?:was|is|were|are|has\s+been|had\s+been|have\s+been|would\s+be|will\s+be)\s+" + _ASKING + r"|"
             r"(?:had\s+|has\s+|have\s+|would\s+|will\s+|also\s+){0,2}(?:urged|urges|urge|(?:called|calls|call)\s+(?:on|upon|for)|"
             r"proposed|proposes|propose|(?:appealed|appeals|appeal)\s+(?:to|for)|demanded|demands|demand|pleaded\s+with|pleads\s+with)\s)")
_CALLING = re.compile(r",\s+(?:and\s+)?" + _ASKING + r"|\bposition\s+of\s+calling\s+(?:for|on)\s"
                      r"|\band\s+(?:also\s+|again\s+)?(?:urged|called\s+(?:on|upon)|appealed\s+to)\s+(?:[\w'’.-]+\s+){1,5}?to\s+[a-z]"
                      r"|\b(?:issued|released|published|posted|sent|put\s+out|made\s+public|wrote|in)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:statement|communiqu[eé]|letter|message|appeal|declaration|post|tweet)\s+(?:(?:on|late|early|this)\s+\w+\s+)?"
                      + _ASKING +
                      r"|\b(?:(?:said|says|stated|states|added)\s+|told\s+(?:[\w'’.-]+\s+){1,4}?)(?:on\s+\w+\s+)?(?:that\s+)?(?:it|he|she|they|we)\s+"
                      + _OWN_CALL)
#: Stems one of which a sentence must hold for `_CALLING` to be tried
_CALLING_STEMS = ("calling", "urg", "appeal", "called", "calls", "call ", "demand", "propos", "plead", "implor", "exhort", "asking",
                  "encouraging", "inviting", "pressing")


def _calls_after(c: Candidate, said: list[str]) -> bool:
    return any(any(map(e.__contains__, _CALLING_STEMS)) and said.count(e) == 1 and _CALLING.search(e) for e in c.evidence)


@per_article  # a quote is asked twice: for its sentence's candidates, then for the statements it is quoted in
def plans_gathering(quote: str) -> bool:
    """Words that make a gathering to come known, as `events` reads a sentence's own quotes ("we have decided to hold the
    next meeting in May"), or a dated signing, meeting or visit to come by its verb (round 1090). The talk noun is tested
    first, as a word set (`TALK_NOUN` is one word of a list): the case-blind patterns cost some 12 us a quote each and
    most quotes name no gathering."""
    words = words_of(quote)
    talk = not TALK_WORDS.isdisjoint(words) if words is not None else TALK_NOUN.search(quote)
    return bool(talk and (fast(FUTURE).search(quote) and (_WHEN.search(quote) or _PLAN_WORD.search(quote))
                          or prepared(quote))  # "we are preparing a meeting of the leaders" (round 822)
                or plans_act(quote))  # "we will sign the agreement on Monday" (round 1090)


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
