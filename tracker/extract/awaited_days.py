"""Which week a bare weekday falls in when the verb of its clause misleads (rounds 1020-1021).

`dates.py` reads "on Wednesday" by the tense of the verb before it: the latest Wednesday on or before the anchor in
the past, the next one in the future. News copy breaks that reading in two ways:

- A gathering named by its weekday in the possessive after a word of anticipation is still to come, whatever the
  tense of the clause: "has arrived in Brussels for Wednesday's new round", "flew to Washington ahead of Tuesday's
  talks", "in preparation for Monday's summit" (round 1020). The arrival or the preparation is past; what it awaits
  is not, or the article would report it instead. "for" counts only after a verb of travel ("thanked Qatar for
  Tuesday's talks" thanks for talks held); "after Monday's meeting" and "last Friday's" keep their past.
- A weekday told in the past perfect ("had last spoken by phone on Monday") lies before the time the story speaks
  of, so in a story published on that weekday it is the one a week before, not the day of publication (round 1021).
  A plan told in the past perfect ("had been scheduled for Monday") names the planned day and is left alone.
"""
from __future__ import annotations

import datetime as dt
import re

#: Words after which a possessive weekday names a gathering to come: "ahead of Wednesday's", "on the eve of Monday's"
_AWAITING = re.compile(r"(?i)\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|"
                       r"in\s+preparations?\s+for|preparations?\s+for|prepar(?:e|es|ed|ing)\s+for)\s+$")
#: "for Wednesday's" after a verb of travel in the same clause: "has arrived in Brussels for Wednesday's new round"
_TRAVELLED_FOR = re.compile(r"(?i)\b(?:arriv(?:ed|es|ing|e)|travell?(?:ed|ing|s)?|fl(?:ew|ies|ying|y)|head(?:ed|s|ing)|"
                            r"left|leaves|leaving|depart(?:ed|s|ing)?|land(?:ed|s)|gather(?:ed|s|ing)?|is\s+in|are\s+in)\b"
                            r"[^.;:!?]{0,80}\bfor\s+$")
#: A past perfect whose participle is the clause's verb: "had last spoken", "had met", "had already been held"; not a
#: plan of the past ("had been scheduled for Monday", `date_parts.PLAN_OF_THE_PAST`)
_PAST_PERFECT = re.compile(r"(?i)\bhad\s+(?:(?:\w+ly|last|already|first|just|never)\s+)?(?!been\s+(?:\w+ly\s+)?(?:scheduled|"
                           r"planned|expected|due|set|slated|supposed|meant)\b)(?:been\s+)?(?:\w+ed|\w+en|spoke|met|held|"
                           r"said|told|begun|made|sent|left|gone|come|won|done|run|put)\b")
_BOUNDARY = re.compile(r"[.;:!?\"“”]")


def _clause_before(text: str, start: int, width: int) -> str:
    """The words before `start` back to the start of their clause, at most `width` characters."""
    window = text[max(0, start - width):start]
    cut = max((m.end() for m in _BOUNDARY.finditer(window)), default=0)
    return window[cut:]


def weekday_reading(text: str, m: re.Match, tense: str | None,
                    anchor: dt.date | None) -> tuple[str | None, dt.date | None]:
    """(tense, anchor) to resolve the weekday match `m` of `text` by (`dates.PATTERNS` "weekday"): the future for a
    possessive weekday awaited ("ahead of Wednesday's talks"), the day before the anchor for one told in the past
    perfect ("had last spoken on Monday")."""
    q = (m.group("q") or "").strip().lower()
    if anchor is None or q not in ("", "on", "late on", "early on"):  # "last Friday", "next Monday": their own week
        return tense, anchor
    start, matched = m.start(), m.group()
    if not q and matched[-2:] in ("'s", "’s"):
        before = _clause_before(text, start, 120)
        if _AWAITING.search(before) or _TRAVELLED_FOR.search(before):
            return "future", anchor
    if tense == "past" and "had" in text[max(0, start - 100):start]:
        if _PAST_PERFECT.search(_clause_before(text, start, 100)):
            return tense, anchor - dt.timedelta(days=1)
    return tense, anchor
