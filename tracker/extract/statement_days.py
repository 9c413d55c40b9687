"""The day of a statement told in the sentence before the words quoted from it (round 1055).

Wire copy often gives a statement's day once, in a sentence that names the statement ("In a statement on Saturday, the
defence minister threatened …", "…, his office said in a statement on Saturday."), and quotes or paraphrases its words
in the sentences that follow ("Al-Atifi said, …", "The envoy welcomed their commitment …") without a day of their own.
Those words are the statement's, said on its day, not news of the day of publication (docs/extraction.md, "Dates":
speech is dated by the act it reports). Before this, such words fell back to the publication day.

Only a past day within a week of publication counts, only words with no day of their own (dated by publication), and
only in the one or two sentences right after the statement's, when no other dated act is told between.
"""
from __future__ import annotations

import datetime as dt
import re

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.dates import find_dates

#: A statement named with its day: "in a statement on Saturday", "in a joint communique issued late on Thursday",
#: "via a press release on 3 May"; the date (read with its "late on") follows the match
_STATEMENT_DAY = re.compile(r"\b(?:in|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:joint\s+|written\s+|separate\s+|brief\s+)?"
                            r"(?:statement|communiqu[eé]|press\s+release)(?:\s+(?:issued|released|published|posted))?"
                            r"\s+(?=(?:late\s+|early\s+)?on\s)", re.I)
#: How far back a statement's day may stand from publication and still date the words quoted from it
_WEEK = 7
#: How many sentences after the statement's the words may stand
_AFTER = 2


def _statement_day(sentence: str, anchor: dt.date) -> dt.date | None:
    """The past day `sentence` gives a statement it names, or None."""
    if "statement" not in sentence and "ommuniq" not in sentence and "release" not in sentence:
        return None  # a cheap literal gate: most sentences name no statement
    m = _STATEMENT_DAY.search(sentence)
    if m is None:
        return None
    for d in find_dates(sentence, anchor):
        if m.end() <= d.start <= m.end() + 1 and d.precision == "day" and d.first == d.last \
                and 0 <= (anchor - d.first).days <= _WEEK:
            return d.first
    return None


def date_by_statement_before(events: list[Candidate], sentences: list[tuple[int, str]], anchor: dt.date | None) -> None:
    """Give words dated only by publication the day of the statement the sentence before them names."""
    if anchor is None:
        return
    by_order = dict(sentences)
    for c in events:
        if c.event_type not in SPEECH_TYPES or c.dated_by != "publication" or c.future or not c.evidence:
            continue
        for back in range(1, _AFTER + 1):
            day = _statement_day(by_order.get(c.order - back, ""), anchor)
            if day is not None:
                c.first = c.last = day
                c.precision, c.dated_by = "day", "context"
                break
            if any(m.order == c.order - back and m.first is not None and m.dated_by == "text" for m in events):
                break  # another act dated in the sentence between: the words may be its


__all__ = ["date_by_statement_before"]
