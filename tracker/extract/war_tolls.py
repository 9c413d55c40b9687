"""A war's toll told by someone is no diplomatic statement (round 614).

"In January, the army said it had killed 20,000 fighters since October", "The war has killed 15,000 people and displaced
millions, according to the United Nations": the words report fighting and its dead, which the guideline leaves out
("Not events: fighting, invasions, …", docs/extraction.md, "What counts as an event"); a speaker's count of the dead is
not a diplomatic act. A plain statement with no quotes whose every sentence counts the dead, wounded or displaced and
names no diplomacy (talks, a truce, an accord, a call for one) is dropped; "X said 40 people were killed and called for a
ceasefire" stays.
"""
from __future__ import annotations

import re

from tracker.extract.candidate import Candidate
from tracker.extract.prefilter import gated

#: A count of the war's victims: "killed 20,000", "15,000 deaths", "displaced around 8.5 million", "the death toll"
_TOLL = gated(re.compile(r"\b(?:killed|deaths|death\s+toll|wounded|injured|displaced|casualties|dead)\b", re.I))
_NUMBER = re.compile(r"\d|\b(?:dozens|hundreds|thousands|millions|tens\s+of)\b", re.I)
#: Diplomacy in the same sentence keeps it: the words may be a call for talks or a truce
_DIPLOMACY = re.compile(r"\b(?:talks|negotiat\w*|ceasefire|cease-fire|truce|agreement|accord|deal|peace|dialogue|mediat\w*|"
                        r"meet\w*|met|summit|visit\w*|propos\w*|call(?:s|ed)?\s+(?:for|on)|urg\w*|demand\w*|resolution|"
                        r"humanitarian\s+(?:pause|corridor)|exchange|release\w*|hostages?|prisoners?)\b", re.I)


def _toll_only(sentence: str) -> bool:
    return bool(_TOLL.search(sentence)) and bool(_NUMBER.search(sentence)) and not _DIPLOMACY.search(sentence)


def drop_war_tolls(events: list[Candidate]) -> list[Candidate]:
    """The events without the plain statements that only count a war's victims."""
    return [c for c in events if not (c.event_type == "statement" and not c.quotes and c.evidence
                                      and all(_toll_only(e) for e in c.evidence))]


__all__ = ["drop_war_tolls"]
