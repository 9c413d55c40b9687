"""The story's process when the one it names is background: implied by the headline (round 592), or named once in the body
of a story its cues tell throughout (round 1155).

The article's process is the one it names most (`processes.process_votes`), and the cues of `gazetteer.PROCESS_CUES`
are read only for an article that names none. So a story about a process its text never names, which names another
only in passing ("the exchange was the largest since the Istanbul talks stalled" in a story of a prisoner swap; the
ELN talks told as background in a story of the EMC's), took the one named for every event that names none.
`headline_process` gives the process the headline and the lead imply, when they name no known process themselves and
the article names the one it would take at most twice, in the body only. `once_named_process` gives the process the
whole story's cues imply, when the most named process is named just once, in the body, and its own cues do not fit.
"""
from __future__ import annotations

from collections import Counter

from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import cued_process, story_cue
from tracker.extract.talk_sides import keeps_story, states_in

#: Times a process named only in the body may be named and still be background (the headline counts twice)
_BACKGROUND = 2

#: Times the cued process's least-named cue must be named to outweigh a process named once: a cue named once is as
#: much background as the name (round 430's Cyprus story names Greece and Turkey once)
_TOLD_THROUGHOUT = 2


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


def once_named_process(story: str, framing: str, votes: Counter, lexicon: Lexicon) -> str | None:
    """The process the whole `story`'s cues imply, made the article's most voted, when the most voted is named once
    ("ahead of a planned second U.S.-North Korea summit" in a story of Japan's talks with Pyongyang on the abductees),
    its own cue line does not fit the story, the cued line's every cue is named twice at least, and the headline and
    lead (`framing`) neither name it nor a state it knows and the cued one does not."""
    if not votes:
        return None
    top, count = votes.most_common(1)[0]
    if count > 1:
        return None
    cued, named, fitting = story_cue(story, lexicon)
    if cued is None or cued == top or named < _TOLD_THROUGHOUT:
        return None
    if lexicon.processes[top].name in fitting or any(m.role == "process" and m.key == top for m in lexicon.scan(framing)) \
            or keeps_story(top, cued, states_in([framing], lexicon), lexicon):
        return None  # the story tells the named process too, names it in its lead, or its parties: not background then
    votes[cued] = count + 1
    return cued


__all__ = ["headline_process", "once_named_process"]
