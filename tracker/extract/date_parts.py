"""Parts of a month or year told in words the patterns of `dates.py` read as the whole (docs/extraction.md, "Dates").

"early in October" and "in the first days of March" are days 1-10, "late in April" and "the last days of May" the 21st
to the end, "in the middle of June" 11-20 (month precision, as "early / mid / late February"); "at the end of this
month", "at the start of next month" the same thirds of a relative month. "By / before the end of the month" stays the
whole month.
The patterns are put before those of `dates.py`, so that they take the phrase first (rounds 180-194).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from tracker.extract.intervals import NUMBER_WORDS, back
from tracker.extract.mentioned_days import mentioned

if TYPE_CHECKING:
    from tracker.extract.dates import DateMention

MONTHS = {name: n for n, names in enumerate(
    [("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",), ("June", "Jun"),
     ("July", "Jul"), ("August", "Aug"), ("September", "Sep", "Sept"), ("October", "Oct"), ("November", "Nov"),
     ("December", "Dec")], start=1) for name in names}
_M = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?:19|20)\d\d"
_D = r"\d{1,2}(?:st|nd|rd|th)?"

_EDGE = r"(?:at|in|towards?|around|near)\s+the\s+(?P<e>end|beginning|start|middle|close|turn)\s+of\s+"
_PATTERNS = [
    ("part_in_month", rf"(?i:\b(?:(?P<p>early|late)\s+in|(?:in\s+)?the\s+(?P<n>first|last|final|opening|closing)\s+days\s+of"
                      r"|in\s+the\s+middle\s+of|(?:at|in|towards?)\s+the\s+(?:end|beginning|start|middle)\s+of)\s+)"
                      rf"(?P<m1>(?-i:{_M}))(?:,?\s+(?P<y>{_Y}))?\b(?!\s+\d)"),
    ("year_range", rf"\b(?:(?P<m1>{_M})\s*(?P<d1>{_D}),?|(?P<e1>{_D})\s+(?P<f1>{_M}),?)\s+(?P<y1>{_Y})\s*(?:-|–|—|to|through|until)\s*"
                   rf"(?:(?P<m2>{_M})\s*(?P<d2>{_D}),?|(?P<e2>{_D})\s+(?P<f2>{_M}),?)\s+(?P<y2>{_Y})\b"),
    ("in_the_week", rf"(?i)\b(?P<w>earlier|later)\s+in\s+(?:the\s+(?P<u>week|month)\b|(?P<m1>(?-i:{_M}))\b(?!\s+\d|,?\s+(?:this|last|next)\s+year))"),
    ("past_week", r"(?i)\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:week|seven\s+days)\b(?!\s+(?:of|before|after)\b)"),
    ("weekday_of_week", r"\b(?:(?i:on)\s+)?(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:(?i:of)\s+)?"
                        r"(?P<w>(?i:next|last|this|the\s+following|the\s+previous|the\s+coming))\s+(?i:week)\b"),
    ("slashed", rf"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_Y})\b"),
    ("weekday_dash", r"\b(?:(?i:on)\s+)?(?P<d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[-–]\s*"
                     r"(?P<d2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("edge_month_rel", rf"(?i)\b(?:(?P<p>early|late)\s+|{_EDGE})(?P<w>this|next|last|the|the\s+current|the\s+coming|the\s+following)\s+month\b"),
    # "on the 20th of this month", "the 3rd of next month": that day of the relative month (round 623)
    ("day_of_month_rel", r"(?i)\b(?:on\s+)?the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)\s+of\s+(?P<w>this|next|last|the\s+current|the\s+coming|"
                         r"the\s+following|the\s+previous)\s+month\b"),
    # "in the second week of this month", "the last week of next month": that week of the relative month (round 932)
    ("week_of_month_rel", r"(?i)\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<w>this|next|last|the\s+current|"
                          r"the\s+coming|the\s+following|the\s+previous)\s+month\b"),
    # "by the end of the week", "at the end of next week": that week, as "this week" / "next week" (guideline, open question 1)
    ("end_of_week", r"(?i)\b(?:at|by|before|towards?|until|till|around)\s+the\s+end\s+of\s+(?P<w>this|next|last|the)\s+week\b"),
    # "the week of May 22": that day's week, Monday to Sunday, as "next week" (round 627)
    ("week_of_day", rf"(?i:\bthe\s+week\s+of\s+)(?:(?P<m1>(?-i:{_M}))\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<e1>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                    rf"(?P<f1>(?-i:{_M})))\b(?:,?\s+(?P<y>{_Y}))?"),
    # round 652: an anniversary, "comes a year after the signing of the accord": the signing that year (or month) before
    ("after_signing", r"(?i)(?<!more than )(?<!over )(?<!nearly )(?<!almost )(?<!less than )(?<!under )"
                      r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>months?|years?)\s+after\s+"
                      r"(?=the\s+(?:signing|adoption)\s+of\b)"),
    ("fortnight", r"(?i)\b(?:in\s+a\s+fortnight(?:['’]s\s+time)?|(?P<ago>a\s+fortnight\s+ago))\b"),  # British "two weeks"
    # round 945: a bare year as the premodifier of an event noun dates that event ("the 2015 nuclear deal", "Iran's 2007
    # summit", "their 2018 Revitalized Agreement"): after "the" or a possessive, before at most three words and the noun
    ("year_noun", rf"(?:(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bour\s))(?P<y>{_Y})(?=\s+(?:[\w’'-]+\s+){{0,3}}?"
                  r"(?i:agreements?|deal|accords?|treaty|cease-?fire|truce|summit|declaration|memorandum)\b)"
                  rf"|(?<=['’]s\s)(?P<z>{_Y})(?=\s+(?:[\w’'-]+\s+){{0,3}}?(?i:agreement|deal|accord|treaty|summit)\b)"),
]
_THIRD = {"early": "early", "beginning": "early", "start": "early", "first": "early", "opening": "early",
          "late": "late", "end": "late", "close": "late", "last": "late", "final": "late", "closing": "late", "turn": "late",
          "middle": "mid"}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY_OF = dict(zip(_WEEKDAYS, (MO, TU, WE, TH, FR, SA, SU)))
_SHIFT = {"next": 1, "the coming": 1, "the following": 1, "last": -1}


#: Two day numbers joined by a slash, as European and UN copy writes a two-day gathering: "on 16/17 April", "May 5/6"
#: (round 960); only before a bare day number, so a numeric date ("13/04/2023") is no day pair
DAY_SLASH = r"/(?=\d{1,2}(?:st|nd|rd|th)?(?![\d/]))"

def _third(phrase: str) -> str:
    return next((_THIRD[w] for w in re.findall(r"[a-z]+", phrase.lower()) if w in _THIRD), "mid")


def _month_third(first: dt.date, third: str) -> tuple[dt.date, dt.date]:
    last = first + relativedelta(months=1, days=-1)
    return {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
            "late": (first.replace(day=21), last)}[third]


def span(kind: str, m: re.Match, anchor: dt.date | None, tense: str | None, year: int | None,
         nearest: Callable) -> tuple[dt.date, dt.date, str, bool] | None:
    """(first, last, precision, relative) of one of this module's phrases; `nearest` is `dates.nearest_year`."""
    g = m.groupdict()
    third = _third(m.group())
    if kind == "part_in_month":
        month = MONTHS[g["m1"].rstrip(".")]
        if year is None:
            if anchor is None:
                return None
            year = anchor.year if month == anchor.month else nearest(month, 15, anchor, tense).year
        return (*_month_third(dt.date(year, month, 1), third), "month", g.get("y") is None)
    if kind == "after_signing":  # "a year after the signing of": that whole year before, as "in 2021"; months: that month
        if anchor is None:
            return None
        return (*back(anchor, NUMBER_WORDS.get(g["n"].lower()) or int(g["n"]), g["u"].lower()), True)
    if kind == "year_noun":  # a whole year, as "in 2015"
        year = int(g["y"] or g["z"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False
    if kind == "year_range":  # "from Dec. 31, 2021 to Jan. 2, 2022": one span over both days
        try:
            first = dt.date(int(g["y1"]), MONTHS[(g["m1"] or g["f1"]).rstrip(".")], int(re.sub(r"\D", "", g["d1"] or g["e1"])))
            last = dt.date(int(g["y2"]), MONTHS[(g["m2"] or g["f2"]).rstrip(".")], int(re.sub(r"\D", "", g["d2"] or g["e2"])))
        except ValueError:
            return None
        return (first, last, "day", False) if first <= last else None
    if kind == "week_of_day":
        month, day = MONTHS[(g["m1"] or g["f1"]).rstrip(".")], int(g["d1"] or g["e1"])
        try:
            named = dt.date(int(g["y"]), month, day) if g.get("y") else (nearest(month, day, anchor, tense) if anchor else None)
        except ValueError:
            return None
        if named is None:
            return None
        monday = named + relativedelta(weekday=MO(-1))
        return monday, monday + relativedelta(days=6), "day", g.get("y") is None
    if kind == "slashed":  # "13/06/2023" day first, "06/13/2023" month first; both readable: the one nearer the anchor
        return _slashed(int(g["a"]), int(g["b"]), int(g["y"]), anchor)
    if anchor is None:
        return None
    if kind == "weekday_dash":  # "on Monday-Tuesday": the two days, as "on Monday and Tuesday"
        ahead = tense == "future"
        first = anchor + relativedelta(weekday=_WEEKDAY_OF[g["d"]](+1 if ahead else -1))
        last = anchor + relativedelta(weekday=_WEEKDAY_OF[g["d2"]](+1 if ahead else -1))
        if last < first:
            first, last = (first, last + relativedelta(weeks=1)) if ahead else (first + relativedelta(weeks=-1), last)
        return first, last, "day", True
    if kind == "weekday_of_week":  # "on Friday next week": that weekday of next week, not the Friday of publication
        shift = {"next": 1, "the following": 1, "the coming": 1, "last": -1, "the previous": -1}.get(re.sub(r"\s+", " ", g["w"].lower()), 0)
        monday = anchor + relativedelta(weekday=MO(-1), weeks=shift)
        day = monday + relativedelta(days=_WEEKDAYS.index(g["d"]))
        return day, day, "day", True
    if kind == "past_week":  # "in the past week": the seven days up to the day of publication, as "the past seven days"
        return anchor - relativedelta(days=6), anchor, "day", True
    if kind == "in_the_week":  # "earlier in the week" / "later in the month": as "earlier this week" / "later this month"
        if g["m1"] and MONTHS[g["m1"].rstrip(".")] != anchor.month:
            return None  # "earlier in October" written in October is "earlier this month" (round 390); in May, October itself
        if (g["u"] or "month").lower() == "week":
            first = anchor + relativedelta(weekday=MO(-1))
            last = first + relativedelta(days=6)
        else:
            first, last = anchor.replace(day=1), anchor.replace(day=1) + relativedelta(months=1, days=-1)
        precision = "day" if (g["u"] or "").lower() == "week" else "month"
        if g["w"].lower() == "earlier":
            return first, max(first, anchor - relativedelta(days=1)), precision, True
        return min(last, anchor + relativedelta(days=1)), last, precision, True
    if kind == "fortnight":  # "a fortnight ago" as "two weeks ago"; "in a fortnight" as "in two weeks", ahead only
        if g["ago"]:
            return anchor - relativedelta(days=14), anchor - relativedelta(days=14), "day", True
        monday = anchor + relativedelta(weeks=2, weekday=MO(-1))
        return (monday, monday + relativedelta(days=6), "day", True) if tense == "future" else None
    word = re.sub(r"\s+", " ", g["w"].lower())
    if kind == "end_of_week":
        monday = anchor + relativedelta(weekday=MO(-1), weeks={"next": 1, "last": -1}.get(word, 0))
        return monday, monday + relativedelta(days=6), "day", True
    first = anchor.replace(day=1) + relativedelta(months=_SHIFT.get(word, 0) - (word == "the previous"))
    if kind == "week_of_month_rel":  # seven days, day precision, as "the second week of June" (guideline's table)
        end = first + relativedelta(months=1, days=-1)
        if g["n"].lower() in ("last", "final"):
            return end - relativedelta(days=6), end, "day", True
        k = ("first", "second", "third", "fourth").index(g["n"].lower())
        return first + relativedelta(days=7 * k), first + relativedelta(days=7 * k + 6), "day", True
    if kind == "day_of_month_rel":
        try:
            day = first.replace(day=int(g["d1"]))
        except ValueError:
            return None
        return day, day, "day", True
    return (*_month_third(first, third), "month", True)


def _slashed(a: int, b: int, year: int, anchor: dt.date | None) -> tuple[dt.date, dt.date, str, bool] | None:
    options = []
    for month, day in ((b, a), (a, b)):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    day = min(options, key=lambda d: abs((d - anchor).days)) if anchor is not None else options[0]
    return day, day, "day", False


def range_start(m1: int, d1: int, m2: int, d2: int, anchor: dt.date, nearest: Callable) -> dt.date | None:
    """The first day of a year-less span told in a future or present tense ("Munich is hosting the conference on February
    16-18", published on 17 February): the span ends on or after the anchor, so it may have begun before it; the year is
    the one of its last day's first occurrence on or after the anchor (round 391), not next year's."""
    last = nearest(m2, d2, anchor, "future")
    return None if last is None else dt.date(last.year - (1 if m2 < m1 else 0), m1, d1)


_OPENING = re.compile(r"\s*,\s*")
_CLAUSE_END = re.compile(r'[.;:!?"“”]')


def opening_tense(text: str, end: int, past: set[str]) -> str | None:
    """The tense of the main clause after a sentence's opening date and its comma ("In February, Chile and Peru signed …":
    past, so the February before publication, not the nearest one, which may be next year's), or None (round 257)."""
    m = _OPENING.match(text, end)
    if m is None:
        return None
    for word in re.findall(r"[\w']+|[.;:!?\"“”]", text[m.end():m.end() + 120])[:16]:
        word = word.lower()
        if _CLAUSE_END.match(word):
            return None
        if word in ("will", "would", "shall", "'ll"):
            return "future"
        if word in past or (word.endswith("ed") and len(word) > 4):
            return "past"
    return None


#: (kind, pattern) to put before the patterns of `dates.py`, and the words without which each cannot match
PART_PATTERNS = [(name, re.compile(rx)) for name, rx in _PATTERNS]
PART_GATES = {"part_in_month": ("early", "late", "days", "middle", "end", "beginning", "start"), "edge_month_rel": ("month",),
              "year_range": "digit", "in_the_week": ("earlier in", "later in"), "past_week": ("week", "seven days"), "weekday_of_week": ("week",),
              "slashed": "digit", "weekday_dash": ("day",), "day_of_month_rel": ("month",), "week_of_month_rel": ("week of",), "end_of_week": ("end of",), "week_of_day": ("week of",),
              "fortnight": ("fortnight",), "after_signing": ("after the signing", "after the adoption"), "year_noun": "digit"}


#: A compound adjective, no verb: "a closed-door meeting", "the UN-backed talks", "a long-awaited round"; "co-chaired",
#: "re-elected" stay verbs
_COMPOUND = re.compile(r"(?i)(?!(?:co|re|pre|un|de|over|under|out|mis|cross)-)[\w']+-[\w'-]+")


#: A dot (or colon) that ends no clause: clock times ("9:30"), initialisms ("U.S.", "U.N.", "a.m.", "p.m."), titles ("Mr.", "Gen.") and month abbreviations
#: ("Dec."), so that "will meet the U.S. envoy on Tuesday" and "will start at 10 a.m. on Friday" keep their future verb
#: (round 810)
_ABBREVIATION = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|Amb|Prof|Sgt|Jr|St|No|"
                           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s+[\w(])")


def clause_words(window: str) -> list[str]:
    """The words and stops of `window` as `dates._tense_before` reads them, a compound adjective as the word "adjective"
    ("closed-door" is no past verb "closed"; round 476) and an abbreviation's dot no stop (round 810)."""
    if "." in window or ":" in window:
        window = _ABBREVIATION.sub(lambda m: m.group().replace(".", "").replace(":", ""), window)
    return ["adjective" if "-" in w and _COMPOUND.fullmatch(w) else w for w in re.findall(r"[\w']+(?:-[\w']+)*|[.;:!?\"“”]", window)]


#: A plan told in the pluperfect, for a day before publication: "had been scheduled to begin Friday, but …" (round 478)
PLAN_OF_THE_PAST = re.compile(r"\bhad\s+been\s+(?:scheduled|planned|expected|due|set|slated)\s+(?:to\s+\w+\s+|for\s+)?(?:on\s+)?$", re.I)

#: A plan told in the simple past: "was initially scheduled for 10-11 April", "were due to meet in March", "was set to take
#: place on June 5". The planned day may have passed or still lie ahead: the year nearest publication (round 812)
PLAN_TOLD_PAST = re.compile(r"(?i)\b(?:was|were)\s+(?:\w+ly\s+)?(?:(?:scheduled|planned|expected|due|set|slated|supposed|meant)\s+"
                            r"(?:to\s+\w+\s+(?:place\s+|talks\s+|again\s+)?|for\s+)?|to\s+(?:be\s+\w+|take\s+place|\w+)\s+)"
                            r"(?:(?:on|in|at|from|by|between)\s+)?(?:the\s+)?$")  # "was to be held on May 3" (round 1235)

#: A deadline a past pledge set: "pledged to reach a comprehensive agreement by 31 December", "agreed to finish the text no
#: later than March 15": the act lies after the pledge, before or after publication (round 816)
DEADLINE_PLEDGED = re.compile(r"(?i)\b(?:agreed|pledged|promised|vowed|committed\s+(?:themselves\s+)?|undertook|decided|resolved)"
                              r"(?:\s+(?:in|on|at|last)\s+[\w.]+(?:\s+\d{1,2})?,?)?\s+to\s+\w+(?:\s+[\w'’-]+){0,8}?\s+"
                              r"(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$")

#: A plan named by its participle and then called off: "a trip scheduled for the first week of August was canceled", "the
#: talks, set for late May, have been postponed". The day was planned, not to come: the year nearest publication (round 1096)
_PLANNED_FOR = re.compile(r"(?i)\b(?:scheduled|planned|set|slated|due)\s+(?:for|on|in)\s+(?:the\s+)?$")
_CALLED_OFF = re.compile(r"(?i)[^.;:!?\"“”]{0,80}?\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                         r"(?:cancell?ed|called\s+off|postponed|scrapped|put\s+off|shelved|suspended|delayed|moved|rescheduled|"
                         r"pushed\s+back|deferred)|(?:did\s+not|didn't|never|failed\s+to)\s+(?:(?:take|took)\s+place|happen(?:ed)?|go\s+ahead|"
                         r"materiali[sz]e|convene|open|start|begin))\b")  # "… planned for May 3, never took place" (round 1235)


#: The tense `plan_tense` gives a year-less day of a plan told in the past: the year nearest publication, but no further
#: ahead than `PLAN_AHEAD` (round 1235); every other reader treats it as no tense
PLANNED = "planned"
#: How far ahead of publication a day planned in the past may lie: an article of December saying a round "was scheduled
#: for May 3 but was postponed" tells of the May just gone, not of next May, though next May is nearer (round 1235)
PLAN_AHEAD = dt.timedelta(days=92)


def plan_tense(tense: str | None, yearless: bool, text: str, start: int) -> str | None:
    """`PLANNED` for a year-less date of a plan told in the simple past, of a plan called off or that a past clause only
    mentions (`mentioned_days`), no tense (the year nearest publication) for a deadline a past pledge set, else `tense`."""
    if not yearless or tense is None:
        return tense
    if tense == "future" and (PLAN_TOLD_PAST.search(text, max(0, start - 70), start) or _PLANNED_FOR.search(
            text, max(0, start - 25), start) and _CALLED_OFF.match(text, start)):
        return PLANNED
    if tense == "past" and DEADLINE_PLEDGED.search(text, max(0, start - 110), start):
        return None
    return PLANNED if tense == "past" and mentioned(text, start) else tense  # "agreed to another round on Oct. 26-27" (1236)


#: The end of a period an act set: "a ceasefire that would last until June", "valid till late May" (round 551)
_UNTIL = re.compile(r"(?i)\b(?:until|till)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
#: ... unless the act is put off to it: "postponed until June 5" is the new day of the event
_PUT_OFF = re.compile(r"(?i)\b(?:postponed|put\s+off|delayed|rescheduled|pushed\s+back|deferred|adjourned)\s+(?:\w+\s+){0,2}$")


def weekday_from(day: dt.date, weekday: int, step: int) -> dt.date:
    """The `weekday` (0 Monday) on or after `day` (step +1) or on or before it (step -1): what
    `day + relativedelta(weekday=XX(step))` gives, without its cost (dateutil builds a weekday object and a relativedelta a call)."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7) if step > 0 else day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def ends_a_period(text: str, start: int, words: str) -> bool:
    """Whether the date mention `words` at `start` of `text` is told after "until" or "till": where a period ends (not
    where an event put off now falls)."""
    until = start if words.lower().startswith(("until ", "till ")) else \
        (m.start() if (m := _UNTIL.search(text, max(0, start - 30), start)) else None)
    return until is not None and not _PUT_OFF.search(text, max(0, until - 40), until)


_NAMED_DAY_GAP = re.compile(r"\s*,?\s*\(?\s*")


def named_day_after(found: list[DateMention], text: str, end: int) -> DateMention | None:
    """The explicit day (with its month) of `found` that stands right after a weekday ending at `end` ("Monday, November
    21", "Friday (May 5)"), or None."""
    gap = _NAMED_DAY_GAP.match(text, end).end()
    return next((d for d in found if d.start == gap and d.precision == "day" and not d.relative), None)


def weekday_fits(day: dt.date, year: int, weekday: str) -> bool:
    """Whether `day`'s month and day fall on `weekday` in `year`."""
    try:
        return dt.date(year, day.month, day.day).weekday() == _WEEKDAYS.index(weekday)
    except ValueError:
        return False


__all__ = ["DAY_SLASH", "weekend", "MONTHS", "named_day_after", "weekday_fits", "PART_GATES", "PART_PATTERNS", "PLAN_OF_THE_PAST", "PLAN_TOLD_PAST", "DEADLINE_PLEDGED", "clause_words", "plan_tense", "PLANNED", "PLAN_AHEAD", "ends_a_period", "range_start",
           "span", "weekday_from"]


#: A present perfect as the last verb before a date ("has been invited to talks in Pretoria "): it tells the present,
#: so the date after it is not told as past
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|also\s+|already\s+|just\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b(?:(?!\w+ed\b)[^.;:!?\"“”])*$", re.I)


def weekend(word: str, anchor: dt.date, tense: str | None, before: str) -> tuple[dt.date, dt.date]:
    """The Saturday and Sunday a weekend phrase names, given the tense of its clause and the text `before` it.

    "This weekend" is the coming one on a weekday unless a simple past tells it ("has been invited to talks this weekend"
    is ahead: a present perfect tells the present), and the one under way on a Saturday or Sunday (round 995); the other
    phrases are the last weekend in the past tense and the next one ahead.
    """
    ahead = word in ("next weekend",) or (word not in ("last weekend", "this past weekend") and tense == "future")
    if word == "this weekend":
        if anchor.weekday() >= 5:
            saturday = anchor - dt.timedelta(days=anchor.weekday() - 5)
            return saturday, saturday + dt.timedelta(days=1)
        ahead = tense != "past" or bool(_PERFECT.search(before))
    saturday = anchor + relativedelta(weekday=SA(+1)) if ahead else anchor + relativedelta(weekday=SA(-1))
    if word == "next weekend" and saturday - anchor < dt.timedelta(days=2):
        saturday += relativedelta(weeks=1)
    if not ahead and saturday == anchor and word in ("last weekend",):
        saturday += relativedelta(weeks=-1)
    return saturday, saturday + relativedelta(days=1)
