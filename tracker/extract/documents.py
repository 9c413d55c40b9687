"""What a document says is no one's proposal (round 343).

"The agreement, signed by the ministers of X and Y, calls for a cessation of hostilities", "The deal provides for the
release of prisoners": the verb tells the content of an accord, plan or treaty, which is not an act of speech of the
parties named around it (docs/extraction.md, "What counts as an event": background inside the copy, not a proposal). A
statement or communiqué that "calls on" someone is a speech act of its issuers and stays.
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
_SPEECH = re.compile(r"\b(?:said|says|told|announced|stated|declared)\b")


def drop_document_content(events: list[Candidate]) -> list[Candidate]:
    """Drop the proposals whose sentence only tells what an accord or plan contains (no date of their own, no speech)."""
    return [c for c in events if not (c.event_type == "proposal" and c.dated_by != "text" and c.evidence
                                      and (m := _CONTENT.match(c.evidence[0])) and not _SPEECH.search(m.group(0)))]


__all__ = ["drop_document_content"]
