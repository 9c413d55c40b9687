"""Words that report a gathering still to come in the clause after their verb (round 920).

The guideline makes speech an `announcement` when it makes a future event known. News English puts the plan in the
speech verb's complement: "X said (that) the commission would be convened in Oslo", "X told reporters the envoys will
meet again", "X added that Ankara would host the next round". The clause runs from the verb to the end of the
sentence or to a clause of contrast (", while Y said …", another speaker's words); a partial quote inside it
("said that Z “will rejoin the talks …”") is read too. Only the modal future before a verb of gathering counts: a
negated plan ("will not be held"), a past one ("was held") or a future with no gathering ("would study the
proposal", "the ceasefire would hold") leaves the words a statement.
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import gated

_GATHERING = r"(?:meetings?|talks|rounds?|sessions?|summits?|negotiations|consultations|conferences?|dialogue)"
#: the modal future: "will", "would", "shall", "is to", "are due to", "were expected to", "is scheduled to"
_MODAL = (r"(?:will|would|shall|(?:is|are|was|were)\s+(?:(?:due|expected|scheduled|set|slated|planned|going)\s+)?to)"
          r"\s+(?:(?:also|soon|again|then|now|next|shortly|likely|probably|finally|once\s+again)\s+)?")
#: a verb that is the gathering itself ("would be convened", "will take place", "are to meet"), not "meet the demands"
_HAPPENS = (r"(?:be\s+(?:held|convened|reconvened|hosted|organi[sz]ed)|take\s+place|convene|reconvene|"
            r"meet(?!\s+(?:the|its|their|all|these|those|his|her)\s+(?:[\w-]+\s+)?(?:demands?|conditions?|requirements?|needs?|"
            r"obligations?|targets?|deadlines?|criteria|expectations?|commitments?|standards?)\b))\b")
#: a gathering held or returned to: "would host the next round", "will rejoin the talks", "will hold a meeting" (not
#: "would join the negotiations": a party added to the talks under way makes no gathering to come known; nor "the talks
#: would resume", "will resume talks": the course of a process, with no session held, fixed or hosted, stays a statement)
_HOLDS = (_MODAL + r"(?:hold|host|rejoin|convene|reconvene|open|organi[sz]e|chair|attend)\s+"
          r"(?:(?:the|a|an|this|next|its|their|his|her|new|another)\s+)?(?:[\w'’-]+\s+){0,4}?" + _GATHERING + r"\b")
#: an accord's extension to come (round 986): "the deal will be extended for 60 days", "the truce is to be prolonged";
#: the guideline makes the speaker's words an announcement and the extension an agreement (407, 444)
_EXTENDED = (r"(?:deal|agreement|accord|ceasefire|cease-fire|truce|initiative|arrangement|mandate|moratorium|corridor)s?\s+"
             r"(?:[\w'’-]+\s+){0,5}?" + _MODAL + r"be\s+(?:extended|renewed|prolonged|rolled\s+over)\b")
PLANNED = gated(re.compile(r"\b(?:" + _MODAL + _HAPPENS + r"|" + _HOLDS + r"|" + _EXTENDED + r")", re.I))
#: where the clause after a speech verb ends: the sentence, or a clause of contrast with another speaker
#: where a sentence or a clause before it ends: a stop before a capital or a quote, a semicolon, a colon
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘'⟦])|[;:]")
_CLAUSE_END = re.compile(r"[.;]|,\s*(?:while|whereas|but)\s|\b(?:while|whereas)\b")


def reports_plan(after_verb: str, quotes: list[str] | tuple[str, ...] = ()) -> bool:
    """True when the clause after a speech verb (`after_verb`, quote placeholders in it) tells a gathering to come."""
    end = _CLAUSE_END.search(after_verb)
    clause = after_verb[:end.start()] if end else after_verb
    if PLANNED.search(clause):
        return True
    return "⟦" in clause and any(PLANNED.search(q) for q in quotes)


def plan_before(before_verb: str) -> bool:
    """True when the clause told before a speech verb set after it (`before_verb`: "The talks will be held in X, " +
    the speaker) tells a gathering to come: news English puts the reported words first and the speaker after a comma
    ("…, the ministry said"), the same plan as "the ministry said the talks will be held in X" (round 986)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(before_verb)]  # not the point of "Oct. 30"
    clause = before_verb[ends[-1] if ends else 0:]
    comma = clause.rfind(",")
    return comma > 0 and PLANNED.search(clause[:comma]) is not None


__all__ = ["PLANNED", "plan_before", "reports_plan"]
