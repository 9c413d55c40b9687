"""Accords told by their number, and an accord initialled by its parties in the passive (round 1152).

The accord verbs read "struck a deal", "reached an agreement" and "signed …", but not a count of accords after "struck"
or "reached" ("Iraq and Türkiye struck more than 20 deals", "they reached two agreements"), nor "initialed" in the
passive ("the agreement, which was initialed by the two teams on June 18"), though "was signed by" is read. Each is the
parties' `agreement` (the guideline types accords reached or initialled so), so they were missed. A count of talks or
of accords still sought ("reached two of the three agreements it seeks") is no concern here: the words must be the
verb, a count, at most two words, then the accord noun.
"""
from __future__ import annotations

_COUNT = (r"(?:(?:more\s+than|over|some|about|nearly|almost|a\s+total\s+of)\s+)?(?:\d+|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|several|a\s+number\s+of|a\s+series\s+of|a\s+raft\s+of|"
          r"a\s+package\s+of)")
COUNTED_ACCORDS = [("agreement", False, r"\b(?:struck|reached|clinched|sealed|concluded|inked)\s+" + _COUNT
                                        + r"\s+(?:[\w-]+\s+){0,2}?(?:deals|agreements|accords|memorand(?:a|ums)|protocols)\b"),
                   ("agreement", False, r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+initial(?:l)?ed\s+by\b")]
#: One of these words must be in a sentence for `COUNTED_ACCORDS` to be tried (`triggers._gated`).
COUNTED_ACCORD_WORDS = ("struck", "reached", "clinched", "sealed", "concluded", "inked", "initialed", "initialled")

__all__ = ["COUNTED_ACCORDS", "COUNTED_ACCORD_WORDS"]
