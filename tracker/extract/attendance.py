"""Words that make a coming gathering known by who will go to it (docs/extraction.md, "Types": speech is an
`announcement` when it makes a future event known).

"The ministry said its government will send a delegation to the talks", "The spokesman confirmed that the group will
attend the next meeting": the speaker makes the gathering and a participant known, which is an announcement, not a
plain statement. Only the modal future counts ("had to return home to take part in a news conference" reports nothing
to come), and the gathering must be named within a few words of the verb (round 350).
"""
from __future__ import annotations

import re

from tracker.extract.prefilter import gated

_GATHERING = r"(?:meeting|talks|round|session|summit|negotiations|consultations|conference)"

#: "will attend the third meeting", "would send a representative to a meeting", "shall take part in the next round"
WILL_ATTEND = gated(re.compile(
    r"\b(?:will|would|shall)\s+(?:(?:also|soon|again|personally|officially)\s+)?"
    r"(?:attend|participate\s+in|take\s+part\s+in|send\s+(?:[\w'’-]+\s+){1,4}?to)\s+"
    r"(?:the|a|an|this|next|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?" + _GATHERING + r"\b", re.I))
