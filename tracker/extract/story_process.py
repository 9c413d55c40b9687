"""The story's process when its headline implies one the text never names (round 592).

The article's process is the one it names most (`processes.process_votes`), and the cues of `gazetteer.PROCESS_CUES`
are read only for an article that names none. So a story about a process its text never names, which names another
only in passing ("the exchange was the largest since the Istanbul talks stalled" in a story of a prisoner swap; the
ELN talks told as background in a story of the EMC's), took the one named for every event that names none.
`headline_process` gives the process the headline and the lead imply, when they name no known process themselves and
the article names the one it would take at most twice, in the body only.
"""
from __future__ import annotations

from collections import Counter

from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import cued_process
from tracker.extract.talk_sides import keeps_story, states_in

#: Times a process named only in the body may be named and still be background (the headline counts twice)
_BACKGROUND = 2


def headline_process(title: str, lead: str, votes: Counter, lexicon: Lexicon) -> str | None:
    """The process the headline and lead imply, made the article's most voted, when the voted one is background."""
    if not votes or not title:
        return None
    top, count = votes.most_common(1)[0]
    framing = f"{title}\n{lead}"
    if count > _BACKGROUND or any(m.role == "process" for m in lexicon.scan(framing)):
        return None  # named often, or the headline or lead names a process itself: the votes decide
    implied = cued_process(framing, lexicon)
    if implied is None or implied == top:
        return None
    if keeps_story(top, implied, states_in([framing], lexicon), lexicon):
        return None  # the named process knows a state the lead names and the implied one does not: "Saudi and Omani
        # delegations arrived in Sanaa … with Houthi officials" is the Saudi-Houthi talks the body names (round 663)
    votes[implied] = count + 1
    return implied


__all__ = ["headline_process"]
