"""What a document says is no one's proposal (round 343), nor a decision or accord of its own (round 488).

"The agreement, signed by the ministers of X and Y, calls for a cessation of hostilities", "The deal provides for the
release of prisoners": the verb tells the content of an accord, plan or treaty, which is not an act of speech of the
parties named around it (docs/extraction.md, "What counts as an event": background inside the copy, not a proposal). A
statement or communiqué that "calls on" someone is a speech act of its issuers and stays. Likewise "According to the Ankara
Declaration, the two parties decided to launch talks by the end of February": what the parties decided is the declaration's
content (the declaration is the accord, told where it is adopted or signed), not a decision of the deadline's month.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate

#: A document that is not speech, then the verb of its content
_CONTENT = re.compile(
    r"\W*(?:The|This|That|Its|Their|Such\s+an?|Under\s+the)\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|accord|deal|treaty|pact|plan|"
    r"memorandum|roadmap|road\s+map|framework|document|text|truce|ceasefire|resolution)\b[^.;]{0,140}?\b"
    r"(?:calls|called|provides|provided|stipulates|stipulated|envisages|envisaged|requires|required|demands|urges|sets\s+out)"
    r"\s+(?:for|on|that|the|a|an)?\b")
#: The sentence opens with the document as its source: "According to the X Declaration, …"
_ACCORDING_TO = re.compile(r"\W*According\s+to\s+(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?i:declaration|agreement|accord|"
                           r"deal|treaty|memorandum|roadmap|road\s+map|protocol|communiqu[eé])\s*,")
_SPEECH = re.compile(r"\b(?:said|says|told|announced|stated|declared)\b")


def drop_document_content(events: list[Candidate]) -> list[Candidate]:
    """Drop the proposals whose sentence only tells what an accord or plan contains (no date of their own, no speech), and
    the decisions and accords of a sentence told "according to" a document."""
    return [c for c in events if not (c.event_type == "proposal" and c.dated_by != "text" and c.evidence
                                      and (m := _CONTENT.match(c.evidence[0])) and not _SPEECH.search(m.group(0)))
            and not (c.event_type in ("decision", "agreement") and c.evidence and _ACCORDING_TO.match(c.evidence[0]))]


__all__ = ["drop_document_content"]
