"""Dates in news text, resolved against the day of publication with dateutil.

`find_dates(text, anchor)` returns every date expression with the span it stands for and its
precision: weekdays ("on Wednesday" is the latest Wednesday on or before the anchor, "next Friday"
the first after it), today/yesterday/tomorrow, weeks, months and years relative to the anchor,
explicit days with or without a year (a year-less date takes the year that puts it nearest the
anchor), day-first and month-first ranges, and halves and quarters of a year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from tracker.extract import apposed_days, awaited_days, date_parts, intervals, within_spans
from tracker.extract.date_parts import MONTHS
from tracker.extract.prefilter import fast_start, matches_once, per_article, required_words, words_of
from tracker.extract.word_pick import WordPick
from tracker.extract.until_spans import until_spans

WEEKDAYS = {"Monday": MO, "Tuesday": TU, "Wednesday": WE, "Thursday": TH, "Friday": FR, "Saturday": SA, "Sunday": SU}
ORDINAL_HALF = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "later": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

_M = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d\d"
_SEP = r"\s*(?:-|–|—|to|and|through|until)\s*"
_YEAR_REL = r"(?:this|next|last|the current|the coming|the next) year"
PATTERNS: list[tuple[str, re.Pattern]] = date_parts.PART_PATTERNS + [(name, re.compile(rx)) for name, rx in [
    ("iso", rf"\b(?P<y>{_Y})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    ("dotted", rf"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_Y})\b"),
    ("md_range", rf"\b(?P<m1>{_M})(?:\s+|(?<=\.))(?P<d1>{_D})(?:{_SEP}(?:(?P<m2>{_M})\s+)?|{date_parts.DAY_SLASH})(?P<d2>{_D})\b(?!/)(?:,?\s+(?P<y>{_Y}))?"),
    ("dm_range", rf"\b(?P<d1>{_D})(?:\s+(?:of\s+)?(?P<m1>{_M}))?(?:{_SEP}|{date_parts.DAY_SLASH})(?P<d2>{_D})\s+(?:of\s+)?(?P<m2>{_M})(?:,?\s+(?P<y>{_Y}))?"),
    ("md", rf"\b(?P<m1>{_M})(?:\s+|(?<=\.))(?P<d1>{_D})\b(?!\s*(?:%|percent|per cent|people|members|states|countries|(?:Joint\s+)?(?:Declaration|Agreement|Accords?|Statement|Summit|Movement)\b))(?:,?\s+(?P<y>{_Y}))?"),
    ("dm", rf"\b(?P<d1>{_D})\s+(?:of\s+)?(?P<m1>{_M})(?:,?\s+(?P<y>{_Y}))?"),
    ("month_or", rf"\b(?P<q1>(?i:early|mid|late|the end of|end of|the beginning of|the start of)[\s-]+)?(?P<m1>{_M})(?:\s+or\s+|\s*(?:-|–)\s*|\s+(?:to|through|and)\s+)(?:(?i:early|mid|late|the beginning of|the start of)[\s-]+)?(?P<m2>{_M})(?:\s+(?:of\s+)?(?P<y>{_Y}))?\b"),
    ("after_day", rf"(?i:\bafter\s+the\s+)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?:(?P<rel>(?i:next|this|last))\s+)?(?P<m1>{_M})(?:,?\s+(?P<y>{_Y}))?"),
    ("week_of", rf"(?i:\b(?:the\s+)?(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+)(?P<m1>(?-i:{_M}))(?:,?\s+(?P<y>{_Y}))?\b"),
    ("month_half_rel", r"(?i)\b(?:the\s+)?(?P<n>first|second|latter|1st|2nd)\s+half\s+of\s+(?P<w>this month|next month|last month|the month)\b"),
    ("month_half", rf"(?i:\b(?:the\s+)?(?P<n>first|second|latter|1st|2nd)\s+(?:half|fortnight)\s+of\s+)(?P<m1>(?-i:{_M}))(?:,?\s+(?P<y>{_Y}))?\b"),
    ("season", rf"\b(?:(?i:in|during|by|until|since|over)\s+(?:the\s+)?|(?P<rel>(?i:last|next|this|this coming|this past))\s+)(?P<s>fall|autumn|spring|summer|winter)\b(?!\s+of\s+(?!{_Y}))(?:\s+(?:of\s+)?(?P<y>{_Y}))?"),
    ("day_of_month", r"\bon\s+the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[.,;)]|$|and\b|or\b))"),
    ("half", rf"(?i:\b(?:the\s+)?(?P<n>first|second|latter|later|1st|2nd)\s+half\s+of\s+)(?:(?P<y>{_Y})|(?P<rel>(?i:{_YEAR_REL}|the\s+year|this\s+year)))"),
    ("h", rf"\bH(?P<n>[12])\s+(?P<y>{_Y})\b"),
    ("quarter", rf"(?i:\b(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+)(?:(?P<y>{_Y})|(?P<rel>(?i:{_YEAR_REL})))"),
    ("month_year", rf"\b(?:(?i:early|mid|late|the end of|the beginning of|the start of|end of|the middle of)[\s-]+)?(?P<m1>{_M})(?:,?\s+(?:of\s+)?|(?<=\.))(?P<y>{_Y})\b"),
    ("month", rf"(?i:\b(?:in|since|during|by|until|from|throughout|before|after|for|early|mid|late|end of|the end of|the beginning of|the start of|the middle of|of|(?P<rel>last|next|this|this past|this coming))[\s-]+)(?P<m1>(?-i:{_M}))\b(?!\s+\d)"),
    ("year", rf"(?i:\b(?:in|since|during|by|until|throughout|for|of|early|late|mid|the end of)[\s-]+)(?P<y>{_Y})\b(?!\s*(?:-|–)\s*\d)"),
    ("weekday_pair", r"\b(?:(?i:on)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:and|to|through|-|–)\s+(?P<w2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    ("weekday", r"\b(?P<q>(?i:last|next|this|this coming|coming|on|late on|early on|by)\s+)?(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:['’]s)?"),
    ("day_word", r"(?i)\b(?P<w>the day before yesterday|the day after tomorrow|the previous day|the day before|earlier today|later today|today|tonight|this morning|this afternoon|this evening|yesterday|last night|tomorrow)\b"),
    ("weekend", r"(?i)\b(?P<w>this weekend|last weekend|next weekend|this past weekend|over the weekend|at the weekend|on the weekend|during the weekend)\b"),
    ("week", r"(?i)\b(?P<w>earlier this week|later this week|this week|last week|next week|the previous week|the following week|the coming week)\b"),
    ("month_rel", r"(?i)\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|(?P<part>early|mid|late)[\s-]+)?(?P<w>earlier this month|later this month|this month|last month|next month|the previous month|the coming month|the month)\b"),
    ("year_rel", r"(?i)\b(?:(?P<part>early|mid|late|the\s+middle\s+of)[\s-]+)?(?P<w>earlier this year|later this year|this year|last year|next year|the end of the year|(?<=\b(?:at|in)\s)the (?:beginning|start) of the year|year-end)\b"),
    ("ago", r"(?i)\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<u>day|days|week|weeks)\s+ago\b"),
    ("past_days", r"(?i)\b(?:over|during|in|for)\s+the\s+(?:past|last)\s+(?P<n>two|three|four|five|six|seven|\d)\s+days\b"),
    ("in_time", r"(?i)\bin\s+(?P<n>a|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(?P<u>day|days|week|weeks)(?:['’]?\s+time)?\b(?!\s+of\b)")]]
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}
_DIGIT = re.compile(r"\d")
_LEAD_YEAR = re.compile(r"^(?:In|By|Back in)\s+(?P<y>(?:19|20)\d\d),")
_OTHER_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<rel>last|next|this|the previous|the following)\s+year\b", re.I)
_FUTURE = re.compile(r"^(?:will|would|shall|'ll|to|is|are|be|scheduled|planned|expected|due|set|slated|upcoming|next|intends?|plans?|hopes?|going)$", re.I)
_PAST_IRREGULAR = set("said told met held made took spoke came went began gave sent was were had did left broke ended agreed signed "
                      "arrived announced wrote saw led won lost sought brought fought struck kept chose paid rose fell drew flew "
                      "grew knew stood became spent built threw withdrew undertook froze swore shook sank ran".split())  # (1270)
_INFINITIVE = set("be hold meet convene visit sign resume start begin host travel open attend discuss launch continue take reconvene".split())
_SCHEDULED = {"scheduled", "planned", "expected", "slated", "due", "set", "will", "shall"}
_MODAL_ADVERBS = {"also", "then", "later", "soon", "again", "first"}  # between a modal and "be": "will also be held"
_YEARLESS = frozenset({"md_range", "dm_range", "md", "dm", "month", "month_or", "week_of", "month_half"})
_BOUNDARY = re.compile(r'[.;:!?"“”]')


_GATES: dict[str, object] = {
    "iso": "digit", "dotted": "digit", "md_range": "month+digit", "dm_range": "month+digit", "md": "month+digit", "dm": "month+digit",
    "half": ("half",), "h": "digit", "quarter": ("quarter",), "month_year": "month+digit", "year": "digit",
    "weekday": ("day",), "day_word": ("today", "day", "tonight", "morning", "afternoon", "evening", "yesterday", "night", "tomorrow"),
    "week": ("week",), "weekend": ("weekend",), "month_rel": ("month",), "year_rel": ("year",), "ago": ("ago",), "month_or": None, "week_of": ("week",), "month_half_rel": ("half",),
    "past_days": ("days",), "in_time": ("day", "week"), "after_day": "month+digit", "month_half": ("half", "fortnight"), "season": ("fall", "autumn", "spring", "summer", "winter"),
    "day_of_month": "digit", "weekday_pair": ("day",), "month": tuple(sorted({m[:3].lower() for m in MONTHS})), **date_parts.PART_GATES,
}
_GATES["month_or"] = _GATES["month"]  # "May or June": it names months too (one test a sentence for both)
#: The whole words one of which a pattern's every match holds (`prefilter.required_words`), a second gate after the
#: letters above: "on Tuesday" needs the word "tuesday", not only the letters "day" ("today", "holiday")
_WORDS = {kind: words for kind, pattern in PATTERNS if (words := required_words(pattern))}
_PICK = WordPick([(_WORDS.get(kind), None) for kind, _ in PATTERNS])  # (`word_pick`: found from a text's words, in order)
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "fall": (9, 3), "autumn": (9, 3), "winter": (12, 3)}  # first month, length


@dataclass(frozen=True)
class DateMention:
    """A date expression and the inclusive span of days it stands for."""

    start: int
    end: int
    text: str
    first: dt.date
    last: dt.date
    precision: str  # day, month, year
    future: bool = False
    relative: bool = False  # resolved against the anchor (weekday, yesterday, next week ...)


def nearest_year(month: int, day: int, anchor: dt.date, tense: str | None = None) -> dt.date | None:
    """The date with this month and day nearest to `anchor` (previous, same or next year). A future verb keeps it on or
    after the anchor, a past verb on or before it, a plan told in the past no later than `date_parts.PLAN_AHEAD` after."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if tense == "future":
        options = [d for d in options if d >= anchor] or options
    elif tense == "past":
        options = [d for d in options if d <= anchor] or options
    elif tense == date_parts.PLANNED:
        options = [d for d in options if d <= anchor + date_parts.PLAN_AHEAD] or options
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


_ASIDE = re.compile(r",\s*as\s+(?:\w+\s+){0,2}\w+ed\s*,")


def tense_at(text: str, position: int, end: int | None = None) -> str | None:
    """'future' or 'past' from the verb nearest before `position` in the same clause, else (given `end`) from the verb
    right after the date ("A planned second round in late November ended …": "planned" there is no verb), or None."""
    found = _tense_before(text, position)
    if found is None and end is not None and position < 12:  # "In February, X and Y signed …": the main clause's verb
        found = date_parts.opening_tense(text, end, _PAST_IRREGULAR)  # (round 257)
    if found is None and end is not None:
        for word in re.findall(r"[\w']+|[.;:!?,\"“”]", text[end:end + 60])[:5]:
            word = word.lower()
            if _BOUNDARY.match(word) or word == ",":
                break
            if word in ("will", "would", "shall", "'ll"):
                return "future"
            if word in _PAST_IRREGULAR or (word.endswith("ed") and len(word) > 4):
                return "past"
    return found


#: The new day of an event put off: "postponed to June 5", "rescheduled for next week", "pushed back until July" (future)
_PUT_OFF_TO = fast_start(re.compile(r"\b(?:postponed|put\s+off|delayed|moved|rescheduled|pushed\s+back|deferred)\s+(?:\w+ly\s+)?(?:to|until|till|for)\s+(?:the\s+)?$", re.I))


def _tense_before(text: str, position: int) -> str | None:
    for pattern, tense in ((_PUT_OFF_TO, "future"), (date_parts.PLAN_OF_THE_PAST, "past")):  # "postponed to June 5", "had
        if pattern.search(text[max(0, position - 60):position]):  # been scheduled to begin Friday, but …" (round 478)
            return tense
    window = _ASIDE.sub(",", text[max(0, position - 160):position])  # "will take place, as agreed, on May 3" (160: round 810)
    words = date_parts.clause_words(window)  # "will hold a closed-door meeting on Monday": no past verb (round 476)
    for i in range(len(words) - 1, -1, -1):
        word = words[i].lower()
        if _BOUNDARY.match(word):
            return None
        if word in ("next", "upcoming", "coming") and i >= len(words) - 3:
            return "future"
        if word in _SCHEDULED:
            if i > 0 and words[i - 1].lower() in ("a", "an", "the", "its", "their", "his", "her", "as"):
                continue  # "a planned second round": an adjective, not the verb of the clause
            return "future"
        if word.endswith("ing") and len(word) > 5 and word != "being" and i > 0 and words[i - 1].lower() in ("is", "are"):
            return "future"  # "are meeting in Lima on Tuesday": an arrangement, the next Tuesday (round 191)
        if word in _PAST_IRREGULAR or (word.endswith("ed") and len(word) > 4):
            before = [w.lower() for w in words[max(0, i - 4):i] if not w.lower().endswith("ly")  # "could be tentatively held",
                      and w.lower() not in _MODAL_ADVERBS][-2:]  # "will also be held" (round 113)
            if len(before) == 2 and (before[1] == "be" and before[0] in ("will", "would", "to", "shall", "'ll", "could", "may",
                                                                        "might", "can", "should", "must") or before[1] == "being" and before[0] in ("is", "are")):
                return "future"
            return "past"
        if word in ("will", "would", "shall", "'ll") or word == "to" and i + 1 < len(words) and (words[i + 1].lower() in _INFINITIVE
                                                                                                 or i > 0 and words[i - 1].lower() in ("is", "are")):
            return "future"  # "is to make a visit", "are to sit down": the "be to" future of arrangements (round 931)
    return None


def future_context(text: str, position: int) -> bool:
    """True when the verb nearest before `position` (in the same clause) is in a future form."""
    return tense_at(text, position) == "future"


def _YEAR_THIRDS(year: int, part: str) -> tuple[dt.date, dt.date]:
    """The third of a year that "early", "mid" / "the middle of" or "late" names."""
    key = "mid" if "middle" in part.lower() else part.lower()
    return {"early": (dt.date(year, 1, 1), dt.date(year, 4, 30)), "mid": (dt.date(year, 5, 1), dt.date(year, 8, 31)),
            "late": (dt.date(year, 9, 1), dt.date(year, 12, 31))}[key]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _span_for(kind: str, m: re.Match, anchor: dt.date | None, tense: str | None,
              other_year: int | None = None) -> tuple[dt.date, dt.date, str, bool] | None:
    """(first, last, precision, relative) for one regex match, or None when it cannot be resolved.

    `other_year` is the year the context gives a year-less day ("May 5 last year", "In 2019, ... on May 5").
    """
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else other_year
    if kind in date_parts.PART_GATES:  # "early in October", "at the end of this month"
        return date_parts.span(kind, m, anchor, tense, year, nearest_year)
    if kind in ("iso", "dotted"):
        try:
            day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        except ValueError:
            return None
        return day, day, "day", False
    if kind in ("md_range", "dm_range", "md", "dm"):
        m1 = MONTHS[g["m1"].rstrip(".")] if g.get("m1") else None
        m2 = MONTHS[g["m2"].rstrip(".")] if g.get("m2") else None
        d1, d2 = _day(g["d1"]), _day(g["d2"]) if g.get("d2") else None
        m1 = m1 or m2
        m2 = m2 or m1
        try:
            if year:
                first = dt.date(year, m1, d1)
            elif anchor:
                first = nearest_year(m1, d1, anchor, tense) if d2 is None or tense != "future" else date_parts.range_start(m1, d1, m2, d2, anchor, nearest_year)
            else:
                return None
            if first is None:
                return None
            last = first
            if d2 is not None:
                last = dt.date(first.year + (1 if m2 < m1 else 0), m2, d2)
                if last < first:
                    return None
        except ValueError:
            return None
        return first, last, "day", False
    if kind == "week_of":  # "the last week of June": seven days, day precision as the guideline keeps week spans
        month = MONTHS[g["m1"].rstrip(".")]
        n = g["n"].lower()
        if year is None:
            if anchor is None:
                return None
            year = nearest_year(month, 22 if n in ("last", "final") else 1 + 7 * ORDINAL_HALF.get(n, 1) - 7, anchor, tense).year
        first = dt.date(year, month, 1)
        end = first + relativedelta(months=1, days=-1)
        if n in ("last", "final"):
            return end - relativedelta(days=6), end, "day", g.get("y") is None
        k = {"first": 0, "second": 1, "third": 2, "fourth": 3}[n]
        return first + relativedelta(days=7 * k), first + relativedelta(days=7 * k + 6), "day", g.get("y") is None
    if kind in ("after_day", "month_half", "season", "day_of_month"):
        return _span_more(kind, g, anchor, tense, year)
    if kind in ("half", "h", "quarter"):
        if g.get("rel"):
            if anchor is None:
                return None
            word = g["rel"].lower().split()[0]
            year = anchor.year + {"next": 1, "last": -1}.get(word, 0)
        n = ORDINAL_HALF.get(g["n"].lower(), None) if not g["n"].isdigit() else int(g["n"])
        size = 3 if kind == "quarter" else 6
        first = dt.date(year, (n - 1) * size + 1, 1)
        return first, first + relativedelta(months=size, days=-1), "month", bool(g.get("rel"))
    if kind == "month_or":  # "late November or early December": both months
        m1, m2 = MONTHS[g["m1"].rstrip(".")], MONTHS[g["m2"].rstrip(".")]
        year = year if year is not None else other_year
        if year is None:
            if anchor is None:
                return None
            year = nearest_year(m1, 15, anchor, tense).year
        first = dt.date(year, m1, 1)
        last = dt.date(year + (1 if m2 < m1 else 0), m2, 1) + relativedelta(months=1, days=-1)
        return first, last, "month", g.get("y") is None
    if kind in ("month_year", "month"):
        month = MONTHS[g["m1"].rstrip(".")]
        rel = (g.get("rel") or "").lower()
        if year is None:
            if anchor is None:
                return None
            if rel in ("last", "this past"):  # "since last November": the latest such month before this one
                year = anchor.year if month < anchor.month else anchor.year - 1
            elif rel in ("next", "this coming"):
                year = anchor.year if month > anchor.month else anchor.year + 1
            elif month == anchor.month:  # "before the end of August" written in August: this August, still running
                year = anchor.year
            else:
                year = nearest_year(month, 15, anchor, tense).year
        first = dt.date(year, month, 1)
        last = first + relativedelta(months=1, days=-1)
        part = re.match(r"(?i)(early|mid|late)\b", m.group())
        if part:  # "early / mid / late February": days 1-10 / 11-20 / 21-end, still month precision
            first, last = {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
                           "late": (first.replace(day=21), last)}[part.group(1).lower()]
        return first, last, "month", g.get("y") is None
    if kind == "year":
        part = re.match(r"(?i)(early|mid|late|the\s+middle\s+of)\b", m.group().split(None, 1)[-1] if m.group().lower().startswith(("in ", "by ", "of ", "during ", "since ", "until ", "for ", "throughout ")) else m.group())
        if part:  # "in early / mid / late 2022": January-April / May-August / September-December (docs/extraction.md)
            return (*_YEAR_THIRDS(year, part.group(1)), "month", False)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False
    if anchor is None:
        return None
    word = (g.get("w") or "").lower()
    if kind == "weekday_pair":  # "on Wednesday and Thursday": one span over both days
        days = []
        for w in (g["w"], g["w2"]):
            days.append(anchor + relativedelta(weekday=WEEKDAYS[w](+1 if tense == "future" else -1)))
        if days[1] < days[0]:
            days[0] = days[0] + relativedelta(weeks=-1) if tense != "future" else days[0]
            days[1] = days[1] if tense != "future" else days[1] + relativedelta(weeks=1)
        return days[0], days[1], "day", True
    if kind == "weekday":
        weekday = WEEKDAYS[g["w"]]
        q = (g.get("q") or "").strip().lower()
        if q == "last":
            day = date_parts.weekday_from(anchor - dt.timedelta(days=1), weekday.weekday, -1)
        elif q == "next":
            day = date_parts.weekday_from(anchor + dt.timedelta(days=1), weekday.weekday, +1)
        elif tense == "future" or q in ("coming", "this coming"):
            day = date_parts.weekday_from(anchor, weekday.weekday, +1)
        else:
            day = date_parts.weekday_from(anchor, weekday.weekday, -1)
        return day, day, "day", True
    if kind == "day_word":
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
                 "the previous day": -1, "the day before": -1,
                 "the day after tomorrow": 2}.get(word, 0)
        day = anchor + relativedelta(days=shift)
        return day, day, "day", True
    if kind == "week":
        monday = anchor + relativedelta(weekday=MO(-1))
        if word in ("last week", "the previous week"):
            monday += relativedelta(weeks=-1)
        elif word in ("next week", "the following week", "the coming week"):
            monday += relativedelta(weeks=+1)
        first, last = monday, monday + relativedelta(days=6)
        if word == "earlier this week":
            last = max(first, anchor - relativedelta(days=1))
        elif word == "later this week":
            first = min(last, anchor + relativedelta(days=1))
        return first, last, "day", True
    if kind == "month_half_rel":  # "the second half of next month": the 16th to the end of that month
        shift = {"last month": -1, "next month": 1}.get(word, 0)
        first = anchor.replace(day=1) + relativedelta(months=shift)
        last = first + relativedelta(months=1, days=-1)
        second = g["n"].lower() in ("second", "latter", "2nd")
        return (first.replace(day=16), last, "month", True) if second else (first, first.replace(day=15), "month", True)
    if kind == "weekend":  # Saturday and Sunday: the last ones in the past tense, the next ones ahead ("this weekend")
        return (*date_parts.weekend(word, anchor, tense, m.string[max(0, m.start() - 100):m.start()]), "day", True)
    if kind == "month_rel":
        shift = {"last month": -1, "the previous month": -1, "next month": 1, "the coming month": 1}.get(word, 0)
        first = anchor.replace(day=1) + relativedelta(months=shift)
        last = first + relativedelta(months=1, days=-1)
        part = (g.get("part") or "").lower()
        if part:  # "late last month": the 21st to the end, as "late April" (docs/extraction.md, dates)
            first, last = {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
                           "late": (first.replace(day=21), last)}[part]
        elif word == "earlier this month":  # the 1st to the day before publication
            last = max(first, anchor - relativedelta(days=1))
        elif word == "later this month":
            first = min(last, anchor + relativedelta(days=1))
        return first, last, "month", True
    if kind == "year_rel":
        year = anchor.year + {"last year": -1, "next year": 1}.get(word, 0) + (tense == "future" and anchor.month > 4 and word.lower().startswith(("the beginning", "the start")))
        if g.get("part"):  # "early next year", "late last year": a third of the year, as "in early 2022"
            return (*_YEAR_THIRDS(year, g["part"]), "month", True)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True
    if kind == "past_days":  # "during the past two days": the days up to the anchor
        n = _NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
        return anchor - relativedelta(days=n - 1), anchor, "day", True
    if kind == "ago":
        n = _NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
        day = anchor - relativedelta(days=n * (7 if g["u"].startswith("week") else 1))
        return day, day, "day", True
    if kind == "in_time":  # "will meet again in two weeks": the week two weeks on (Monday to Sunday, as "next week");
        if tense != "future":  # "in three days" that day; in the past tense a duration ("met twice in two days")
            return None
        n = _NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
        if not g["u"].startswith("week"):
            day = anchor + relativedelta(days=n)
            return day, day, "day", True
        monday = anchor + relativedelta(weeks=n, weekday=MO(-1))
        return monday, monday + relativedelta(days=6), "day", True
    return None


def _span_more(kind: str, g: dict, anchor: dt.date | None, tense: str | None,
               year: int | None) -> tuple[dt.date, dt.date, str, bool] | None:
    """Spans of the annotation guideline's vaguer phrases: "after the 20th of next December" (21st to the end, month
    precision), "the second half of January" (16th to the end), "in the fall" (September to November) and "on the
    15th" (that day of this month, or of the next one when it has passed and the verb is future)."""
    if kind == "day_of_month":
        if anchor is None:
            return None
        d = int(g["d1"])
        try:
            day = anchor.replace(day=d)
            if tense == "future" and day < anchor:
                day = (anchor.replace(day=1) + relativedelta(months=1)).replace(day=d)
            elif tense != "future" and day > anchor:
                day = (anchor.replace(day=1) + relativedelta(months=-1)).replace(day=d)
        except ValueError:
            return None
        return day, day, "day", True
    if kind == "season":
        first_month, length = _SEASONS[g["s"].lower()]
        rel = (g.get("rel") or "").lower()
        if year is None:
            if anchor is None:
                return None
            year = anchor.year if first_month != 12 else anchor.year - (1 if anchor.month < 3 else 0)
            start = dt.date(year, first_month, 1)
            end = start + relativedelta(months=length, days=-1)
            if rel in ("next", "this coming") or (not rel and tense == "future" and end < anchor):
                year += 1 if end < anchor or rel in ("next",) and start <= anchor else 0
            elif rel in ("last", "this past") or (not rel and tense != "future" and start > anchor):
                year -= 1 if start > anchor or rel == "last" and end >= anchor else 0
        first = dt.date(year, first_month, 1)
        return first, first + relativedelta(months=length, days=-1), "month", g.get("y") is None
    month = MONTHS[g["m1"].rstrip(".")]
    if year is None:
        if anchor is None:
            return None
        rel = (g.get("rel") or "").lower()
        if rel == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif rel == "last":
            year = anchor.year if month < anchor.month else anchor.year - 1
        else:
            year = nearest_year(month, 15, anchor, tense).year
    first = dt.date(year, month, 1)
    last = first + relativedelta(months=1, days=-1)
    if kind == "after_day":
        return min(last, first.replace(day=min(int(g["d1"]) + 1, last.day))), last, "month", g.get("y") is None
    second = (g.get("n") or "").lower() in ("second", "latter", "2nd")
    return (first.replace(day=16), last, "month", g.get("y") is None) if second else (first, first.replace(day=15), "month", g.get("y") is None)


#: "at the end of January", "at the end of 2019" (not "before / by / until the end of": the whole month or year)
_AT_EDGE = re.compile(r"(?i)\b(?:at|in|towards?)\s+the\s+(end|beginning|start)\s+of\s+(?=\S)")


def find_dates(text: str, anchor: dt.date | None) -> list[DateMention]:
    """Every date expression in `text` resolved against `anchor` (None: only dates with a year)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    passed: dict[object, bool] = {"digit": (digit := _DIGIT.search(text) is not None), "month+digit": digit and any(  # a month
        map(lowered.__contains__, _GATES["month"]))}  # name and a digit ("June 22", "22-23 June 2024"); gates tested once each
    for kind, pattern in map(PATTERNS.__getitem__, _PICK(words_of(text))):  # (the patterns whose words the text holds)
        gate = _GATES.get(kind)
        if gate and not (passed[gate] if gate in passed else passed.setdefault(gate, any(map(lowered.__contains__, gate)))):
            continue
        for m in matches_once(pattern, text):  # (the same matches when a page with no date is read again)
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            tense = tense_at(text, start, end)
            tense = date_parts.plan_tense(tense, kind in _YEARLESS and not m.groupdict().get("y"), text, start)  # (round 812)
            other_year = None
            if kind in ("md_range", "dm_range", "md", "dm", "month", "month_or") and not m.groupdict().get("y"):
                after = _OTHER_YEAR.match(text, end)
                if after and anchor is not None:
                    other_year = anchor.year + {
                        "last": -1, "the previous": -1, "next": 1, "the following": 1}.get(after.group("rel").lower(), 0)
                    end = after.end()
                elif lead := _LEAD_YEAR.match(text):
                    other_year = int(lead.group("y"))
            if kind == "weekday" and (named := date_parts.named_day_after(found, text, end)) is not None:
                # "On Wednesday, June 26" / "Wednesday (March 15)": the day the text names, not the weekday's nearest
                first, last = named.first, named.last
                if not re.search(_Y, named.text):  # a year-less day takes the year in which it falls on that weekday
                    fits = [y for y in (first.year - 1, first.year, first.year + 1) if date_parts.weekday_fits(first, y, m.group("w"))]
                    if fits and first.year not in fits:
                        year = min(fits, key=lambda y: abs(y - first.year))
                        first, last = first + relativedelta(years=year - first.year), last + relativedelta(years=year - first.year)
                future = named.future or tense == "future" or (anchor is not None and first > anchor)
                found[found.index(named)] = DateMention(start, named.end, text[start:named.end], first, last,
                                                        named.precision, future, named.relative)
                taken.append((start, end))
                continue
            reading_anchor = anchor
            if kind == "weekday":  # a possessive weekday awaited; one told in the past perfect (rounds 1020-1021)
                tense, reading_anchor = awaited_days.weekday_reading(text, m, tense, anchor)
            span = _span_for(kind, m, reading_anchor, tense, other_year)
            if span is None:
                continue
            first, last, precision, relative = span
            if kind in ("month", "month_year", "year", "year_rel") and (edge := _AT_EDGE.search(text, max(0, start - 12), end)) \
                    and edge.end() >= start:  # "at the end of January": its last third; "at the beginning of 2019": its first
                if first.month == last.month:
                    first, last = (first.replace(day=21), last) if edge.group(1).lower() == "end" else (first, first.replace(day=10))
                elif (first.month, last.month) == (1, 12):
                    first, last = _YEAR_THIRDS(first.year, "late" if edge.group(1).lower() == "end" else "early")
                precision = "month"
            future = tense == "future" or (anchor is not None and first > anchor)
            taken.append((start, end))
            found.append(DateMention(start, end, text[start:end], first, last, precision, future, relative))
    found = sorted(found + [DateMention(s, e, text[s:e], *x, True) for s, e, *x in intervals.counted(text, anchor, taken, found)],
                   key=lambda d: d.start)
    return until_spans(text, within_spans.within_spans(text, apposed_days.apposed_days(text, found), anchor))  # (rounds 692, 1095)

#: `find_dates` remembered while an article is read (rules that read a sentence whole again ask again); a shared tuple
sentence_dates = per_article(lambda text, anchor: tuple(find_dates(text, anchor)))
