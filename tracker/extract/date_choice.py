"""A learned choice of the day of an event the rules left undated, among the days its own sentences name (issue 10).

Why a model here: the rules date an event from its own sentence by a chain of steps (the date owner, the date of the
sentence after, the publication day for speech, a merged sentence's finer day, ...), and on real wire copy each step
fits the dev articles it was written for; the misses left are spread over many small causes (an event left undated
where its sentence gives a day, the publication day where a sentence gives the day it was said, another act's day).
Which of the days in view an analyst takes depends on many weak cues at once (which step proposed it, the words just
before it, how far it lies from publication, the event's type and tense), which a small logistic model over (event,
day) pairs weighs better than another rule. The model is trained on every paired dev event (`tests/corpus/real/
train_date_choice.py`), but it only dates events the rules left undated, and only when it is confident (`SWITCH`,
chosen on dev cross-validation): on dev CV its changes to dated events were no gain (each day it moved to was wrong
too, or the rules' was right), while on undated ones it takes the day a sentence gives to another word of the same
act ("said today that the first meeting had concluded", "On the sidelines of the X meeting on April 12, Y will take
part in the seventh meeting", "expressed disappointment last week after … canceled their planned meeting").

The days in view of an event (its pool, each pair one row of the model): the rules' own, each date its evidence
sentences name (as `dates.sentence_dates` resolves them against the anchor), the publication day, and none. The model
may give an undated event only a day-precision day of its own sentences (`open_to`, round 1161 narrowed): the
publication day alone, a month or a year stay the rules' to give, as the guideline says.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.extract.candidate import SPEECH_TYPES, Candidate
from tracker.extract.dates import DateMention, sentence_dates
from tracker.extract.linear import load_model
from tracker.extract.prefilter import fast_start

MODEL = "date_choice"
SWITCH = 0.5  # an undated event takes a day when the day's probability is at least this (chosen on dev CV)
Span = tuple[dt.date | None, dt.date | None, str | None]
_WORD = re.compile(r"[a-z]+|\d+")
_SAID = fast_start(re.compile(r"\b(?:said|says|told|stated|announced|declared|noted|added)\b"))
_FUTURE = fast_start(re.compile(r"\b(?:will|would|to be|is to|are to|plans?|scheduled|expected|set to|due to|next|upcoming)\b"))


@dataclass
class Day:
    """One day (or span) an event may have, and the cues of where it was found."""

    span: Span
    origins: set[str] = field(default_factory=set)  # rules, sentence0.., publication, none
    cues: set[str] = field(default_factory=set)


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    return _WORD.findall(text[max(0, start - 40):start].lower())[-n:]


def _bucket(days: int) -> str:
    """A distance in days as a coarse class."""
    if days == 0:
        return "0"
    sign = "+" if days > 0 else "-"
    days = abs(days)
    return sign + ("1" if days == 1 else "2-7" if days <= 7 else "8-31" if days <= 31 else "32-366" if days <= 366 else "far")


def pool(c: Candidate, anchor: dt.date) -> dict[Span, Day]:
    """The days `c` may have: its own, each date its first three evidence sentences name, the publication day, none."""
    out: dict[Span, Day] = {}

    def put(span: Span, origin: str) -> Day:
        day = out.setdefault(span, Day(span))
        day.origins.add(origin)
        return day

    put(rules_span(c), "rules")
    for i, sentence in enumerate(c.evidence[:3]):
        mentions: tuple[DateMention, ...] = sentence_dates(sentence, anchor)
        for j, m in enumerate(mentions):
            day = put((m.first, m.last, m.precision), f"sentence{min(i, 1)}")
            before = _words_before(sentence, m.start)
            day.cues.update({f"before={'_'.join(before)}", f"before1={before[-1] if before else ''}",
                             f"nth={min(j, 2)}|{i == 0}", f"relative={m.relative}", f"future={m.future}",
                             f"count={min(len(mentions), 3)}"})
            if _SAID.search(sentence[m.end:m.end + 30]) or _SAID.search(sentence[max(0, m.start - 30):m.start]):
                day.cues.add("near_said")
    put((anchor, anchor, "day"), "publication")
    put((None, None, None), "none")
    return out


def _shared(c: Candidate) -> tuple[str, bool, bool, set[str]]:
    """What every day of one event's pool reads alike (its kind, whether its first sentence says or plans, that
    sentence's words), read once for the pool instead of once a day."""
    sentence = c.evidence[0].lower() if c.evidence else ""
    return ("speech" if c.event_type in SPEECH_TYPES else c.event_type, bool(_SAID.search(sentence)),
            bool(_FUTURE.search(sentence)), set(_WORD.findall(sentence)))


def features(c: Candidate, day: Day, rules: Span, anchor: dt.date,
             shared: tuple[str, bool, bool, set[str]] | None = None) -> list[str]:
    """The feature strings of one (event, day) pair (`shared`, optional: `_shared(c)`, read once for the pool)."""
    first, last, precision = day.span
    kind, said, will, words = _shared(c) if shared is None else shared
    origin = "+".join(sorted(day.origins))
    rows = [f"origin={origin}", f"type={kind}", f"type_origin={kind}|{origin}", f"precision={precision}",
            f"dated_by={c.dated_by}", f"dated_origin={c.dated_by}|{origin}", f"rules_precision={rules[2]}",
            f"future={c.future}", f"type_future={kind}|{c.future}", f"evidence={min(len(c.evidence), 3)}",
            f"said={said}", f"will={will}", f"origin_said={origin}|{said}", f"halted={c.halted}",
            f"round={c.round_number is not None}"]
    if first is not None:
        rows += [f"from_anchor={_bucket((first - anchor).days)}", f"origin_anchor={origin}|{_bucket((first - anchor).days)}",
                 f"length={_bucket((last - first).days)}"]
        if rules[0] is not None:
            inside = rules[0] <= first and last <= rules[1]
            around = first <= rules[0] and rules[1] <= last
            rows += [f"from_rules={_bucket((first - rules[0]).days)}", f"inside={inside}", f"around={around}",
                     f"vs_rules={precision}|{rules[2]}"]
    rows += [f"cue={x}" for x in sorted(day.cues)] + [f"cue_type={x}|{kind}" for x in sorted(day.cues)]
    if rules[0] is not None:
        rows += [f"rules_anchor={_bucket((rules[0] - anchor).days)}|{_coarse(day.origins)}",
                 f"rules_anchor_type={_bucket((rules[0] - anchor).days)}|{kind}|{_coarse(day.origins)}"]
    coarse = _coarse(day.origins)
    rows += [f"w={w}|{coarse}" for w in words]
    rows += [f"lead={c.paragraph <= 0}|{coarse}", f"lead_type={c.paragraph <= 0}|{kind}|{coarse}"]
    return rows


def _coarse(origins: set[str]) -> str:
    """Where a day comes from, in four: the rules' own, the publication day, a sentence's, none."""
    return "rules" if "rules" in origins else "publication" if "publication" in origins else \
        "none" if "none" in origins else "sentence"


def rules_span(c: Candidate) -> Span:
    """The span the rules gave `c`, in the pool's form."""
    return (c.first, c.last or c.first if c.first else None, c.precision if c.first else None)


def decide(pooled: dict[Span, Day], right: dict[Span, float], own: Span, switch: float = SWITCH) -> Span:
    """The span an event takes: the most probable other one when it reaches `switch` and beats the rules' own."""
    best = max((s for s in pooled if s != own), key=right.__getitem__, default=None)
    return best if best is not None and right[best] >= switch and right[best] > right[own] else own


def open_to(c: Candidate, pooled: dict[Span, Day]) -> dict[Span, Day]:
    """The days the model may give `c`: none unless the rules left it undated and it is no plan, and then only a day or
    days one of its own sentences names. Never the publication day alone, nor a month or a year: the guideline keeps
    the lead's undated act undated (round 57), a plan without a day has none, and a count ("a year after the fighting
    ended") is no act's time; the rules read those, and the model, learnt from labels that differ on them, may not."""
    if c.first is not None or c.future:
        return {}
    return {s: d for s, d in pooled.items() if s[2] == "day" and any(o.startswith("sentence") for o in d.origins)}


def choose_dates(events: list[Candidate], anchor: dt.date | None) -> list[Candidate]:
    """The events the rules left undated, each dated by the day the model finds likely among the days its sentences
    name (`open_to`), where it is confident (in place; returns `events`)."""
    undated = [c for c in events if c.first is None and not c.future]
    if anchor is None or not undated:
        return events
    model = load_model(MODEL)
    for c in undated:
        pooled = pool(c, anchor)
        own = rules_span(c)
        if not open_to(c, pooled):
            continue
        shared = _shared(c)
        right = dict(zip(pooled, model.probabilities_of([features(c, d, own, anchor, shared) for d in pooled.values()], "right")))
        first, last, precision = decide({own: pooled[own], **open_to(c, pooled)}, right, own)
        if first is not None:
            c.first, c.last, c.precision = first, last, precision
            c.dated_by = "text"  # a day one of its sentences names
    return events


__all__ = ["MODEL", "SWITCH", "Day", "choose_dates", "decide", "features", "open_to", "pool", "rules_span"]
