"""The headline's tense as a date (round 880): headlines tell the day's news in the simple present ("X meets Y", "A, B
hold talks", "Foreign ministers mull peace treaty", "Rivals agree on roadmap"), while the lead tells it in the past
with no day ("X met Y to discuss …"). The lead's event, which the text never dates, is then the news of the day of
publication, as the present perfect of a lead makes it (docs/extraction.md, "Undated events").

A headline that announces ("to meet", "will hold", "set to sign") or that reports words ("says", "calls for") dates
nothing; the verb must be of the event's kind (a meeting verb for a gathering, a call's for a call, a deal's for an
agreement), so that "X meets Y" does not date an undated accord of the lead."""
from __future__ import annotations

import re

#: The headline's present verb by the kind of event it reports; a plural subject takes the bare form ("A, B hold talks")
_GATHERING = (r"meets?|(?:holds?|opens?|resumes?|concludes?|wraps?\s+up|ends?)\s+(?:[\w’'-]+\s+){0,3}?"
              r"(?:talks|meeting|meetings|consultations|negotiations|discussions|summit|round|session|dialogue)"
              r"|convenes?|confers?|mulls?|discuss(?:es)?|hosts?|receives?|sits?\s+down\s+with|huddles?")
_CALL = (r"(?:holds?|has|have|makes?)\s+(?:a\s+)?(?:[\w’'-]+\s+){0,2}?(?:phone|telephone)\s+(?:call|talks|conversation)s?"
         r"|(?:speaks?|talks?)\s+(?:by\s+)?(?:phone|telephone)|phones?|calls?(?!\s+(?:for|on|off|to|out)\b)|mulls?|discuss(?:es)?")
_AGREEMENT = (r"agrees?|signs?(?!\s+of\b)|inks?|seals?|clinch(?:es)?|(?:strikes?|reach(?:es)?)\s+(?:a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?"
              r"(?:deal|agreement|accord|truce|ceasefire)")
_KINDS = {"meeting": _GATHERING, "talk_round": _GATHERING, "summit": _GATHERING, "call": _CALL, "agreement": _AGREEMENT}
#: A word before the verb that makes it a plan or a wish: "to meet", "will sign", "may hold talks", "set to"
_NOT_NOW = re.compile(r"\b(?:to|will|would|may|might|could|can|shall|should|set|expected|due|plan|plans|ready|not|n[o’']t|never)\s+$",
                      re.I)
#: (read once an article, on its headline only: no word gate needed)
_PATTERNS = {kind: re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.I) for kind, verbs in _KINDS.items()}


def tells_today(headline: str, event_type: str) -> bool:
    """Whether `headline` reports an event of `event_type`'s kind in the simple present, as the news of the day."""
    pattern = _PATTERNS.get(event_type)
    if pattern is None or not headline or headline.rstrip().endswith("?"):
        return False
    return any(not _NOT_NOW.search(headline[max(0, m.start() - 12):m.start()]) and m.start() > 0
               for m in pattern.finditer(headline))


__all__ = ["tells_today"]
