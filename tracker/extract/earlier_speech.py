"""Words said "earlier" with no day of their own are background (round 775).

"Russia said earlier it expects Moldova and X to resume talks", "the ministry said previously it would not attend": the
adverb right after the speech verb (or after its listener, "told reporters earlier") puts the words before the story's
own day, which the text does not give. The guideline gives speech introduced by "earlier" or "previously" no date and no
record (docs/extraction.md, "Undated events"); `clauses._BACKGROUND_AFTER` read the adverb only before "that" or a comma
("said earlier that …", "said, earlier, …"). With a day after it ("said earlier on Wednesday", "earlier today", "earlier
this week") the words are of that day and stay.
"""
from __future__ import annotations

import re

#: Read at the end of the speech verb: "said earlier it", "told reporters earlier", "stated previously"; not "earlier on
#: Wednesday", "earlier today", "earlier this month", "earlier in the day", "earlier that day", "earlier than"
EARLIER_AFTER = re.compile(
    r"\s+(?:(?:reporters|journalists|the\s+press|the\s+media|[A-Z][\w'’-]+)\s+)?(?:earlier|previously)\b"
    r"(?!\s*(?:on\b|today|tonight|this\b|in\b|that\s+(?:day|morning|afternoon|evening|week)|last\b|than\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d))")

__all__ = ["EARLIER_AFTER"]
