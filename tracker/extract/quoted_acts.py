"""Quoted words that fix a signing, a meeting or a visit to come (round 1090).

The guideline makes speech an `announcement` when it makes a future event known, and an event the speaker announces
inside a quote is an event (181, 180, 165). `quoted_calls.plans_gathering` reads a quote that plans a gathering by a
talk noun ("the next round will be held on Monday"); a quote that tells the act by its verb, with a day, stayed a
statement: "“Both countries will sign the agreement tomorrow,” the spokesman said", "“The two leaders would meet in
Lima next week”". The same words outside quotes already made an announcement (the signing or meeting is read as a
future event of the sentence). Read here: a future modal (English), or the synthetic future (French, Spanish), of
sign / meet / visit / travel to, followed in its clause by a time word that dates the act.
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import fast_start

_MONTH = r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A time word that dates the act: "tomorrow", "next week", "on Monday", "on 5 June", "on June 5", "later this month"
_DAY = (r"(?:tomorrow|next\s+(?:week|month|" + _WEEKDAY + r")|(?:later\s+)?this\s+(?:week|weekend|month)|"
        r"on\s+(?:" + _WEEKDAY + r"|\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})|in\s+" + _MONTH + r")")
#: An English future of the act: the modal, at most one adverb, the verb (not "will meet its obligations" without a day)
_ENGLISH = (r"\b(?:will|would|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?to)\s+(?:\w+ly\s+)?"
            r"(?:sign|meet|visit|travel\s+to)\b[^.;!?]{0,100}?\b" + _DAY + r"\b")
#: The synthetic future in French and Spanish, and their day words
_ROMANCE = (r"\b(?:signer(?:a|ont)|(?:se\s+)?rencontrer(?:a|ont)|se\s+réunir(?:a|ont)|visitera|firmar(?:á|án)|"
            r"(?:se\s+)?reunir(?:á|án)|visitar(?:á|án))\b[^.;!?]{0,100}?\b(?:demain|mañana|prochaine?|próxim[oa]|"
            r"(?:le|el)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|"
            r"sábado|domingo))\b")
_PLANNED_ACT = fast_start(re.compile(_ENGLISH + "|" + _ROMANCE, re.I))  # (first letters tested once a boundary)
#: Stems one of which a quote must hold for `_PLANNED_ACT` to be tried (most quotes tell no such act)
_STEMS = ("sign", "meet", "visit", "travel", "rencontr", "réunir", "firmar", "reunir")


def plans_act(quote: str) -> bool:
    """True when `quote` makes a dated signing, meeting or visit to come known ("we will sign the deal on Monday")."""
    lowered = quote.lower()
    return any(map(lowered.__contains__, _STEMS)) and bool(_PLANNED_ACT.search(quote))


__all__ = ["plans_act"]
