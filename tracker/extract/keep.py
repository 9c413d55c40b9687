"""How likely a candidate is a real event: its confidence, learned and calibrated, and the drop of the surest spurious.

Why a learned decision here: the rules decide what is an event one sentence at a time, and the hand-set score
(`assemble._confidence`) weighs four of a candidate's traits by guess, so nothing says that a candidate of 0.85 is
kept more often than one of 0.7 (the review queue lists candidates by that score, and issue 10 asks that its order
mean something). A small logistic model over what each candidate already holds (its type, status, how it was dated,
its process, round, venue, actors and their kinds, quotes, the words of its sentence, where it stands in the article,
how many candidates the article gave, the hand-set score, and (round 1220) its day against the publication day, a
background mark of its sentence and the article's other candidates of its type telling its day or its actors) gives a
probability that the candidate is one the labels hold, trained on the dev split of the real corpus
(`tests/corpus/real/train_keep.py`, which prints its reliability table on cross-validation). That probability is the
candidate's confidence; a candidate the model finds very unlikely (below `THRESHOLD`, chosen on cross-validation for
precision at almost no recall) is dropped.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.linear import load_model
from tracker.extract.mentions import Roster
from tracker.extract.prefilter import fast_start

MODEL = "keep"
#: Below this probability a candidate is dropped: on dev cross-validation 0.4 drops 18 of 1706 candidates, precision
#: 0.834 -> 0.841 for recall 0.783 -> 0.782 (0.45 and 0.5 gain more precision but lose more recall and risk rule decisions)
THRESHOLD = 0.4
#: An inferred year lowers the confidence (issue 10: a guessed year may be wrong, the analyst should look first)
GUESSED_YEAR = 0.15
#: The most an event of a page with no publication date that is left undated may have (the hand-set score's "publication")
UNDATED = 0.6
_WORD = re.compile(r"[a-z]+|\d+")
#: Marks of a sentence telling the past before the news: a past perfect, a year or "last year", "earlier", "ago"
_BACKGROUND = fast_start(re.compile(r"\bhad (?:been |already |previously )?\w+(?:ed|en|ne|wn|t)\b|\blast (?:year|month|week)\b"
                         r"|\b(?:earlier|previously|ago|since|former)\b|\bin (?:19|20)\d\d\b"))


def _words(sentence: str) -> list[str]:
    """The lower-cased words of a sentence, each number as "#" (a day or a count says little of being an event)."""
    return ["#" if w[0].isdigit() else w for w in _WORD.findall(sentence.lower())]


def _where(paragraph: int) -> str:
    """The paragraph as first, early (the next three) or late: wire copy tells its news first."""
    return "first" if paragraph <= 0 else "early" if paragraph <= 3 else "late"


def _days(c: Candidate, anchor: dt.date | None) -> str:
    """The candidate's day against the publication day: the news is of the day or the day before, background older."""
    if anchor is None or c.first is None:
        return "none"
    days = (anchor - c.first).days
    if days < 0:
        return "after"
    return str(days) if days <= 2 else "week" if days <= 7 else "month" if days <= 31 else "older"


def _story(c: Candidate, others: Sequence[Candidate]) -> list[str]:
    """How the candidate stands among the article's others: its rank, and whether another of its type tells the same
    day or the same actors (one act told twice: the labels hold one of them, most often the fuller or the first)."""
    rank = sum(o.order < c.order for o in others)
    same_day = [o for o in others if o is not c and o.event_type == c.event_type and c.first and o.first == c.first]
    out = [f"rank={min(rank, 4)}", f"same_day={min(len(same_day), 2)}"]
    if same_day:
        out.append(f"same_day_first={all(c.order <= o.order for o in same_day)}")
        out.append(f"same_day_fuller={len(c.actors) >= max(len(o.actors) for o in same_day)}")
    if c.actors and any(o is not c and o.event_type == c.event_type and o.actors.keys() == c.actors.keys()
                        for o in others):
        out.append("same_actors")
    return out


def features(c: Candidate, roster: Roster | None, count: int, others: Sequence[Candidate] = (),
             anchor: dt.date | None = None) -> list[str]:
    """The feature strings of one candidate, from what it already holds; `count` is the article's candidates,
    `others` the candidates themselves (`c` among them) and `anchor` the publication day, when known."""
    kinds = sorted({(roster.entry(k).kind if roster is not None and roster.entry(k) is not None else "unknown")
                    for k in c.actors})
    where = _where(c.paragraph)
    out = [
        f"type={c.event_type}", f"status={c.status}", f"future={c.future}", f"dated_by={c.dated_by}",
        f"precision={c.precision}", f"process={c.process is not None}", f"round={c.round_number is not None}",
        f"venue={c.venue is not None}", f"actors={min(len(c.actors), 4)}", f"speech={c.event_type in SPEECH_TYPES}",
        f"quotes={min(len(c.quotes), 3)}", f"where={where}", f"count={min(count, 8)}",
        f"evidence={min(len(c.evidence), 3)}", f"hand={c.confidence:.2f}", f"reference={c.reference}",
        f"halted={c.halted}", f"speaker={c.speaker is not None}",
        f"type*dated_by={c.event_type}*{c.dated_by}", f"type*where={c.event_type}*{where}",
        f"type*actors={c.event_type}*{min(len(c.actors), 3)}", f"type*process={c.event_type}*{c.process is not None}",
    ]
    sentence = c.evidence[0] if c.evidence else ""
    days = _days(c, anchor)
    out += [f"days={days}", f"type*days={c.event_type}*{days}",
            f"background={_BACKGROUND.search(sentence) is not None}"]
    out += _story(c, others)
    out += [f"kind={k}" for k in kinds]
    out += [f"role={r}" for r in sorted(set(c.actors.values()))]
    words = _words(sentence)
    out += [f"w={w}" for w in set(words)]
    out += [f"b={a}_{b}" for a, b in set(zip(words, words[1:]))]
    return out


def probability(c: Candidate, roster: Roster | None, count: int, others: Sequence[Candidate] = (),
                anchor: dt.date | None = None) -> float:
    """The model's probability that `c` is a real event (one the labels would hold)."""
    return load_model(MODEL).probabilities(features(c, roster, count, others, anchor))["kept"]


def undated_page_confidence(c: Candidate, roster: Roster | None, count: int, others: Sequence[Candidate] = ()) -> float:
    """The confidence of an event of a page with no publication date, once its date is checked (`undated_pages.py`):
    a date the text does not give in full (found by context, or none) lowers it as an inferred year does, and an
    event left undated stays at or below `UNDATED`, under every dated event's (round 460)."""
    value = probability(c, roster, count, others) - (GUESSED_YEAR if c.dated_by != "text" else 0.0)
    return round(max(0.1, min(value, UNDATED) if c.dated_by == "none" else value), 2)


def keep_likely(events: list[Candidate], roster: Roster | None, guessed: bool,
                anchor: dt.date | None = None) -> list[Candidate]:
    """The events the model does not find surely spurious, each with the model's probability as its confidence
    (less `GUESSED_YEAR` when the article's year was inferred, never below 0.1); `anchor` is the publication day."""
    kept = []
    for c in events:
        p = probability(c, roster, len(events), events, anchor)
        if p < THRESHOLD:
            continue
        c.confidence = round(max(0.1, p - (GUESSED_YEAR if guessed else 0.0)), 2)
        kept.append(c)
    return kept


__all__ = ["GUESSED_YEAR", "MODEL", "THRESHOLD", "UNDATED", "features", "keep_likely", "probability", "undated_page_confidence"]
