"""Appointments to a diplomatic post and nominees accepted or rejected: decisions (rounds 370, 489).

The guideline's `decision` covers what a government or an organisation decides on a day (docs/extraction.md, "What
counts as an event"); naming the person who will carry a process is one of the commonest: "X was nominated Wednesday
as the organization's envoy to the conflict", "the Secretary-General appointed Y as his special envoy on Monday",
"Z has been named the new chief negotiator". No trigger read them. Only posts of diplomacy count (envoy, ambassador,
representative, mediator, negotiator, facilitator, coordinator, head of a delegation), so a cabinet reshuffle is no
decision here; as every undated act, an appointment is kept only when dated (`undated_events.date_undated`).
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import gated

_ADV = "{_ADV}"  # an adverb after a modal, filled in by `triggers` ("will also appoint")

_VERB = r"(?:appointed|nominated|named|designated|tapped|picked|chosen|selected)"
#: The post: "the organization's envoy to", "his new special envoy for", "chief negotiator", "head of the delegation"
_POST = (r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w'’.-]+\s+){0,4}?(?:envoy|ambassador|representative|mediator|"
         r"(?<!\w\s)negotiator|chief\s+negotiator|facilitator|coordinator|head\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?delegation)s?\b")
#: "was nominated Wednesday as the envoy", "has been appointed special envoy", "will be named as ambassador"
_PASSIVE = (r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|will\s+" + _ADV + r"be)\s+(?:\w+ly\s+)?" + _VERB
            + r"(?=\s+(?:(?:on\s+)?[A-Z][a-z]+\s+|on\s+\d{1,2}\s+\w+\s+|last\s+\w+\s+|this\s+\w+\s+)?(?:as\s+)?" + _POST + r")")
#: "appointed veteran diplomat X as his envoy", "named Y the new ambassador": a named person, then the post
_ACTIVE = (r"\b(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)" + _VERB
           + r"(?=\s+(?:[\w'’.-]+\s+){0,3}?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},?\s+(?:on\s+\w+\s+|\w+day\s+)?(?:as\s+)?" + _POST + r")")
#: a side accepting or rejecting the nominee: "Morocco had initially rejected X -- the thirteenth name floated -- as envoy
#: in May", "the government accepted Y as mediator" (round 489); the aside between dashes or commas is skipped
_ANSWERED = (r"\b(?:rejected|accepted|approved|endorsed|vetoed)(?=\s+(?:[\w'’.-]+\s+){0,3}?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
             r"(?:\s*(?:--|—|–|,)[^-—–,;.]{1,80}(?:--|—|–|,))?\s+as\s+" + _POST + r")")

#: (event type, is a speech act, pattern), in the shape of `triggers.TRIGGERS`
APPOINTMENTS = [("decision", False, _PASSIVE), ("decision", False, _ACTIVE)]
#: read before the speech verbs, whose "rejected" would claim the verb first
ANSWERED = [("decision", False, _ANSWERED)]

_ANSWERED_RE = re.compile(_ANSWERED)

#: an appointment to a post of diplomacy in one sentence (the triggers' patterns, any one adverb after a modal)
_APPOINTED = gated(re.compile("|".join(p for _, _, p in APPOINTMENTS).replace(_ADV, r"(?:\w+\s+)?")))


def appointed(sentence: str) -> bool:
    """Whether `sentence` appoints someone to a post of diplomacy ("was appointed as Malaysia's facilitator for the
    dialogue", "named X the new ambassador"): in a story of a process, a decision of that process, as the nominee
    accepted or rejected is (round 489), for the post is the one that carries the process (round 1156)."""
    return bool(_APPOINTED.search(sentence))


def answered_by_subject(events: list[Candidate], name_of) -> list[Candidate]:
    """Keep as actors of a nominee accepted or rejected only those named before the verb ("Morocco had rejected X as
    envoy": Morocco decides; X, the nominee, and the body X serves are not parties to the act)."""
    for c in events:
        m = _ANSWERED_RE.search(c.evidence[0]) if c.event_type == "decision" and c.evidence else None
        if m is None:
            continue
        before = c.evidence[0][:m.start()]
        own = {k: role for k, role in c.actors.items() if name_of(k) and name_of(k) in before}
        if own:
            c.actors = own
    return events


__all__ = ["ANSWERED", "APPOINTMENTS", "answered_by_subject", "appointed"]
