"""What heads of state agreed at their own summit is that summit (round 1091).

The guideline gives what the parties agreed at a gathering to the gathering, unless a document is signed or adopted
(docs/extraction.md, "Types"), and makes a gathering of heads of state or government a `summit`. "The opening of the
office was agreed upon by President X and leader Y during their first summit on April 27", "X and Y agreed in the
meeting they held this Saturday to continue …", "X and his counterpart Y had on Sunday agreed on the talks on the
margins of a summit": the sentence tells the heads' gathering only as the place of the accord, so the one candidate it
gave was an `agreement`; the dev labels make each of them the summit. Ministers' or delegations' accords at talks
stay agreements here (the labels read those both ways: "agreed during UN-mediated talks in Geneva to form an interim
government" is an agreement), so the rule asks for two heads among the actors, which `assemble._read` counts.
"""
from __future__ import annotations

import re

#: The accord's verb and, in its clause, the heads' gathering it was reached at ("agreed … during their first summit",
#: "agreed in the meeting they held", "agreed … on the margins of a summit"); not a later verb's ("the understandings
#: reached by the leaders at their meeting")
_AGREED_AT = re.compile(r"\bagree(?:d|s)?\b(?:(?!\breached\b|\bsigned\b)[^.;⟦]){0,120}?\b(?:during|at|in|on\s+the\s+(?:sidelines|margins)\s+of)"
                        r"\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks)\b")
#: A document signed or adopted is an agreement of its own (the guideline's exception)
_DOCUMENT = re.compile(r"\b(?:signed|signing|adopted|initiall?ed)\b")


def agreed_at_summit(sentence: str, heads: int) -> bool:
    """True when `sentence`, whose accord has `heads` heads of state or government among its actors, tells the accord
    as reached at their gathering, with no document signed."""
    return heads >= 2 and "agree" in sentence and bool(_AGREED_AT.search(sentence)) and not _DOCUMENT.search(sentence)


__all__ = ["agreed_at_summit"]
