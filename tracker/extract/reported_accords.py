"""An accord reported inside its speakers' words: "Chile and Peru said on Thursday that they had reached an agreement",
"The delegations announced on Thursday, at the end of their meetings, that they reached a comprehensive agreement".

The sentence makes two candidates, the words and the accord, but only the words own the sentence's date, so the accord
is left undated and dropped, and with a pronoun for its subject it has no actors either. The guideline (item 16 of
500-549, open question 6 of 400-438) wants both events, the accord dated by the words that make it known and made by
the parties who speak: this module gives the accord the words' day and, when it names none of its own, their speakers.
Called from `assemble._read` on one sentence's candidates, next to `settle_extensions` (round 1025), round 1150.
"""
from __future__ import annotations

import re

from tracker.extract.agreed_gatherings import agreed_at_gathering
from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.prefilter import gated

#: words that report (past tense), then within the same clause the accord's subject: the speakers themselves named by a
#: pronoun or as "both sides", and a past (or perfect) verb of reaching an accord
_REPORTED = gated(re.compile(
    r"\b(?:said|announced|declared|confirmed|stated|reported|told\s+(?:reporters|journalists|the\s+press))\b[^.;⟦]{0,200}?"
    r"(?:\bthat\s+|,\s*|\s)(?P<subject>they|both\s+sides|the\s+two\s+sides|the\s+sides|both\s+parties|the\s+(?:two\s+)?parties|"
    r"the\s+two\s+(?:countries|governments|delegations)|it|he|she|we)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?"
    r"(?:reached|agreed|concluded|signed|finali[sz]ed|struck|sealed|clinched|inked|initial(?:l)?ed)\b", re.I))
#: subjects that are one party: the accord's other party is named in its own words ("an agreement with Peru")
_ONE_PARTY = {"it", "he", "she", "we"}


def date_reported_accords(text: str, found: list[Candidate]) -> None:
    """Give an undated accord of a sentence the day of the words that report it ("X and Y said on Thursday that they had
    reached an agreement": the accord of that Thursday), and the speakers as its parties when it has none (a pronoun
    subject names no one) or when its subject is one speaking party ("X said it had reached an agreement with Y")."""
    accords = [c for c in found if c.event_type == "agreement" and c.first is None and not c.future
               and not agreed_at_gathering(c, found)]  # "a meeting … had addressed …, and the parties had agreed": the meeting (543)
    if not accords:
        return
    said = next((c for c in found if c.event_type in SPEECH_TYPES and c.first is not None and not c.future), None)
    if said is None:
        return
    m = _REPORTED.search(text)
    if m is None:
        return
    one_party = m.group("subject").lower() in _ONE_PARTY
    for c in accords:
        c.first, c.last, c.precision, c.dated_by = said.first, said.last, said.precision, "context"
        if not c.actors or one_party:
            for key, role in said.actors.items():
                if role != "mediator":
                    c.actors.setdefault(key, "participant")


__all__ = ["date_reported_accords"]
