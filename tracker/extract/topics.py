"""Topics of a page that treats several: a spokesperson's briefing, a round-up (round 1000).

A story's process spreads to every event whose sentence names none (`processes.tied`), which is right for a story about
one process and wrong for a page that turns from topic to topic: a briefing's "Turning to Afghanistan, …", "On Myanmar,
…", "Q: …", "On your second question, …", a round-up's "In other news, …". On such a page an event with no process of
its own takes the process its topic names or implies, and none when its topic names none (the page's most named process
is then only one topic among others).

A topic starts at a sentence that opens with such a marker. Between markers, a new paragraph goes on with the topic
(an answer runs over several paragraphs); before the first marker of a briefing, each paragraph is a topic of its own
(the spokesperson's opening announcements: a visit, then a meeting, then a press briefing).
"""
from __future__ import annotations

import re

from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import cued_process, process_votes
from tracker.extract.prefilter import fast_start
from tracker.extract.units import Unit

#: Words after "On" that open a time, a channel or a phrase, never a topic ("On Jan. 29,", "On Twitter,", "On behalf")
_WEEKDAY_MONTH = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
                  r"|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
                  r"|Christmas|New\s+Year|Easter|Eid|Independence|Victory|Election|Twitter|X|Facebook|Telegram|Instagram"
                  r"|Behalf|Top|Balance|Average|Arrival|Return")

#: A sentence that opens a new topic: a question line, the answer to a numbered question, "Turning to X", "On X," (a
#: proper name, never a day: "On Monday," goes on with the story), a round-up's "In other news"
_MARKER = re.compile(r"^\W{0,3}(?:Q\s*:|QUESTION\s*:|Question\s*:"
                     r"|(?:On|As\s+(?:for|to)|Regarding)\s+(?:your|the)\s+(?:first|second|third|fourth|fifth|sixth|last|next|other|final)\s+question\b"
                     r"|(?:Turning|Moving\s+on|Coming\s+back|Going\s+back|Switching)\s+(?:now\s+)?to\b"
                     r"|(?:In|Elsewhere\s+in)\s+other\s+news\b|Elsewhere,"
                     rf"|(?:On|As\s+(?:for|to)|Regarding)\s+(?:the\s+)?(?!(?:{_WEEKDAY_MONTH})\b)[A-Z][\w'’-]+(?:\s+[\w'’-]+){{0,5}},)")

#: Openers that start a topic only on a page that says it is a briefing ("Secondly, I wanted to give you …")
_ORDINAL = re.compile(r"^\W{0,3}(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Finally|Lastly|Next|Also)\s*,"
                      r"|^\*\*\s*[A-Z]")  # or a transcript's bold topic heading ("**Syria", "**Security Council")

#: Words of a heading line, at most: a page headed as a briefing ("Department Press Briefing - October 4, 2017"), not a
#: story's sentence about one ("the minister said at a press conference following the meeting")
_HEADING = 16

#: A page that calls itself a briefing or press conference (its headline or first lines)
_BRIEFING = fast_start(re.compile(r"\b(?:press\s+(?:briefing|conference)|noon\s+briefing|daily\s+briefing|briefing\s+by\s+the"
                       r"|spokes(?:person|man|woman)'?s?\s+(?:regular\s+)?(?:press|briefing|remarks))", re.I))


#: What `topic_processes` gives a unit of a story's lead before any marker: the story's process spreads to it as before
STORY = "__story__"


def topic_processes(title: str, units: list[Unit], lexicon: Lexicon) -> list[str | None] | None:
    """The process of each unit's topic, or None when the page is about one topic (the story's process spreads).

    A page treats several topics when it calls itself a briefing and has a topic marker, or has two markers."""
    briefing = any(_BRIEFING.search(line) and len(line.split()) <= _HEADING for line in [title] + [u.text for u in units[:4]])
    opens = [bool(_MARKER.match(u.text)) or briefing and bool(_ORDINAL.match(u.text)) for u in units]
    if sum(opens) < (1 if briefing else 2):
        return None
    starts = [i for i, u in enumerate(units) if opens[i] or i == 0 or u.paragraph != units[i - 1].paragraph]
    out: list[str | None] = [None] * len(units)
    current: str | None = None
    marked = False  # inside a topic a marker opened (an answer going on over paragraphs)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(units)
        texts = [u.text for u in units[start:end]]
        votes = process_votes(texts, lexicon)
        own = votes.most_common(1)[0][0] if votes else cued_process("\n".join(texts), lexicon)
        if opens[start]:
            marked, current = True, own
        elif own is not None:
            current = own
        elif not marked:
            current = None if briefing else current  # an announcement of its own; a story's lead goes on as before
        for i in range(start, end):
            out[i] = current if (marked or briefing or own is not None) else STORY
    return out


def unit_of(evidence: str, paragraph: int, units: list[Unit]) -> int | None:
    """The index of the unit an event's evidence sentence comes from (its paragraph's first, failing that)."""
    first = None
    for i, u in enumerate(units):
        if u.paragraph != paragraph:
            continue
        if first is None:
            first = i
        if u.text == evidence or evidence and (evidence in u.text or u.text in evidence):
            return i
    return first


__all__ = ["STORY", "topic_processes", "unit_of"]
