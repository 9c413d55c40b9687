"""Whether a headline tells its news in the present ("Kazakh FM meets US envoy", "Armenian, Turkish envoys hold first
meeting", "Round of talks opens in Astana").

Wire, agency and ministry headlines put the day's news in the historic present, so the lead's event told in the simple
past with no day of its own ("met with the special representative", "made a telephone call to") is news of the
publication day; a headline in the past participle ("Meeting held in Dushanbe") or the future ("Putin to meet Erdogan")
says nothing of the kind (docs/extraction.md, "Undated events"; open questions 620-639 #19, 720-739 #4, 820-839 #10).
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import fast_start

# Only forms that are verbs in a headline: bare "visit", "call", "talk", "start" are nouns as often ("Lavrov's visit to
# Ankara", "Talks start date set"), so those count in the third person singular alone, and "calls" not at all ("Calls
# for a ceasefire grow"; "calls on" is a demand, not an event).
_PRESENT = fast_start(re.compile(
    r"\b(?P<verb>meets?|holds?|receives?|discuss(?:es)?|signs?|hosts?|welcomes|visits|arrives|phones|"
    r"(?:talks|speaks|confers)\s+(?:to|with|by\s+phone)|makes?\s+(?:a\s+)?(?:phone|telephone)\s+call|"
    r"opens|begins|starts|resumes|ends|concludes|wraps\s+up|kicks\s+off|convenes|agree(?:s)?\s+(?:on|to))\b", re.I))
#: A word before the verb that makes it a plan, a wish or a question ("to meet", "will hold", "may sign")
_NOT_NOW = re.compile(r"\b(?:to|will|would|shall|may|might|could|can|should|must|not|set|due|expected|plans?|ready|"
                      r"likely|won't|cannot|can't)\s+$", re.I)


def headline_in_present(headline: str | None) -> bool:
    """True when `headline` tells an act in the present tense, the historic present of the day's news."""
    if not headline:
        return False
    for m in _PRESENT.finditer(headline):
        if not _NOT_NOW.search(headline[:m.start()]) and not headline.rstrip().endswith("?"):
            return True
    return False


__all__ = ["headline_in_present"]
