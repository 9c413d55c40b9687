"""A state's measure toward another, told by its own verb, is a decision (round 1261).

The guideline's `decision` is what a government or an organisation decides on a day (docs/extraction.md, "What counts
as an event"). Background paragraphs of wire copy tell a side's earlier measures with their own date, by verbs the
trigger table did not read: sanctions imposed or lifted ("The U.S. reimposed oil sanctions in April on Venezuela"), a
group designated a terrorist organisation ("which it had designated as a terrorist organization in May 2021"), a state
or its independence recognised ("recognized the country in 1992"), a border shut or reopened ("Turkey shut down their
common border in 1993", "re-opened its land, sea and air borders"), a channel of dialogue cut ("cut off the dialogue
channel in November"). Each verb counts only with its object (sanctions, an embargo, a terrorist listing, a state, a
border, a channel): "lifted the mood", "closed the meeting", "recognized the need" are not read. As every undated act,
such a decision is kept only when dated (`undated_events.date_undated`).
"""
from __future__ import annotations

#: (event type, is a speech act, pattern)
STATE_MEASURES = [
    ("decision", False, r"\b(?:imposed|reimposed|re-imposed|lifted|eased|slapped|tightened)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:sanctions|embargo)\b"),
    ("decision", False, r"\bdesignated\s+(?:[\w'’-]+\s+){0,4}?as\s+an?\s+[\"“]?(?:foreign\s+)?terrorist\s+"
                        r"(?:organi[sz]ation|group|entity)"),
    ("decision", False, r"\brecogni[sz]ed\s+(?:the\s+(?:country|state|independence|sovereignty)\b|"
                        r"[A-Z][\w-]+[’']s\s+(?:independence|sovereignty)\b)"),
    ("decision", False, r"\b(?:shut\s+down|closed|sealed|reopened|re-opened)\s+(?:its|their|the)\s+(?:common\s+|shared\s+)?"
                        r"(?:[\w-]+,?\s+){0,4}?(?:border|borders|frontier)\b"),
    ("decision", False, r"\bcut\s+off\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:(?:dialogue|communication|liaison)"
                        r"\s+(?:channels?|lines?|links?)|hotlines?)\b"),
]
#: The words every pattern above needs, one of which must be in a sentence for them to be tried
MEASURE_WORDS = ("sanction", "embargo", "terrorist", "recogni", "border", "frontier", "cut off")

__all__ = ["MEASURE_WORDS", "STATE_MEASURES"]
