"""An accord told as the object of someone's words: welcomed, hailed, noted, or declared concluded (round 1151).

UN and foreign-ministry readouts report a deal through a third party's reaction: "The Secretary-General welcomes the
agreement between Belgrade and Pristina initialed today in Brussels", "issued a statement welcoming the ceasefire
agreement between X and Y on 15 January", "takes note of the agreement reached on 11 March by …", and a party's own
declaration: "Putin on December 29 declared the conclusion of a ceasefire agreement". The verbs read the words only;
the accord noun after them has no verb of its own the triggers read, so the accord was missed. The guideline (item 16
of 500-549) wants both: the words, and the parties' accord dated by its own clause ("initialed today", "reached on 11
March") or else by the words that make it known. Only an accord told as made: a noun phrase followed by "between",
"reached", "signed", "by …" or "with …", or introduced by "the conclusion / signing of"; a wish ("welcomed efforts to
reach an agreement"), an accord to come (a future date) and a sentence that already tells an accord are left alone.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.dates import sentence_dates
from tracker.extract.events import sentence_actors
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import gated
from tracker.extract.venues import venue_of

_NOUN = r"(?:agreement|accord|deal|ceasefire|cease-fire|truce|memorandum|peace\s+treaty)"
#: the words, then the accord: "welcomes the landmark agreement between", "declared the conclusion of a ceasefire
#: agreement", "takes note of the agreement reached"; what tells it made is either the "conclusion / signing of" before
#: it (`done`) or a word after it (`made`)
_WELCOMED = gated(re.compile(
    r"\b(?:welcom(?:es|ed|ing)|hail(?:s|ed|ing)|applaud(?:s|ed|ing)|(?:takes|took|taking)\s+note\s+of|"
    r"(?:declared|announced|confirmed|confirming|announcing|declaring))\s+"
    r"(?P<done>the\s+(?:conclusion|signing)\s+of\s+|the\s+completion\s+of\s+negotiations\s+on\s+)?"
    r"(?:the|a|an|their|this|today's|yesterday's)\s+(?:[\w'’-]+\s+){0,4}?" + _NOUN + r"s?\b(?!\s+" + _NOUN + r"\b)"
    r"(?P<made>\s+(?:\([^)]{0,40}\)\s+)?(?:between|reached|signed|initial(?:l)?ed|concluded|struck|agreed|(?:that\s+)?(?:was|were)\s+"
    r"(?:reached|signed|initial(?:l)?ed|agreed|concluded)|by|with)\b)?", re.I))
#: the verbs that report only: "declared", "announced", "confirmed" tell a made accord only after "the conclusion of"
_REPORT_ONLY = re.compile(r"(?i)^(?:declared|announced|confirmed|confirming|announcing|declaring)\b")
#: the accord's own verb, after which its place is told
_MADE_VERB = re.compile(r"(?i)\b(?:reached|signed|initial(?:l)?ed|concluded|struck|agreed)\b")
#: how far the accord's own clause runs after its noun ("initialed today in Brussels", "reached on 11 March by …")
_REACH = 90


def welcomed_accords(text: str, raw: str, found: list[Candidate], roster: Roster, anchor: dt.date | None,
                     paragraph: int, order: int) -> list[Candidate]:
    """A new agreement for an accord `text` tells as welcomed, noted or declared concluded, dated by its own clause or by
    the words of the sentence; none when the sentence already tells an accord."""
    if any(c.event_type == "agreement" for c in found):
        return []
    m = _WELCOMED.search(text)
    if m is None or not (m.group("done") or m.group("made")):
        return []
    if _REPORT_ONLY.match(m.group(0)) and not m.group("done"):
        return []  # "announced the deal with Y": an announcement's object, which the announcement rules read
    tail = re.split(r"[.;:!?⟦]|,\s+(?:and|but|while|who|saying)\b", text[m.end():m.end() + _REACH])[0]
    own = [d for d in sentence_dates(text, anchor) if m.start() < d.start <= m.end() + len(tail)]
    said = next((c for c in found if c.event_type in SPEECH_TYPES and c.first is not None), None)
    if any(d.future for d in own) or (not own and (said is None or said.future)):
        return []
    c = Candidate("agreement", paragraph, order, evidence=[raw])
    if own:
        c.set_date(own[-1])
    else:
        c.first, c.last, c.precision, c.dated_by = said.first, said.last, said.precision, "context"
    for a in sentence_actors().get(raw, ()):
        if m.end() - len(m.group("made") or "") <= a.start <= m.end() + len(tail):
            c.actors.setdefault(a.key, "participant")  # "between X and Y", "by X and Y", "with Y": the parties
    if re.match(r"(?i)\s+with\b", m.group("made") or "") and said is not None:
        for key, role in said.actors.items():  # "declared the conclusion of an agreement with Y": the speaker is a party
            if role != "mediator":
                c.actors.setdefault(key, "participant")
    made = (m.group("made") or "") + tail
    verb = _MADE_VERB.search(made)  # "initialed today in Brussels": where it was made; "an agreement in Syria" is its topic
    c.venue = venue_of(made[verb.end():], roster, 0, None) if verb else None
    return [c]


__all__ = ["welcomed_accords"]
