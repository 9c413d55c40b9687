"""Wire articles as data: the Article record and the parser for plain-text wire layouts.

Handles a `source:`/`published:` header, a timestamp line, a headline (before or after the
dateline) and datelines such as `ASTANA. June 22 (Interfax) -`, `MOSCOW, June 21. /TASS/.`,
`ASTANA (Reuters) -`, `BEIJING, June 21 (Xinhua) --` and `Geneva (AFP) -`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from dataclasses import dataclass, replace

from dateutil import parser as dateutil_parser

from tracker.extract.agencies import (AGENCIES, AGENCY_FIRST, BARE_DATELINE, DAY_DATE, byline_agency, fold_agency,
                                      known_agency, may_name_agency, publisher_named)
from tracker.extract.foreign_stamps import english_stamp
from tracker.extract.headline_choice import choose_headline, headline_like
from tracker.extract.units import split_sentences
from tracker.importers.base import publisher_of

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_DATE = DAY_DATE  # (round 1230: "12th May, 2025", "MARCH 22" too)
#: "(Xinhua)", "/TASS/.", and two agencies "(dpa/GNA)", read whole (round 1230: "GNA) -" was left in the body)
_AGENCY = r"(?:[(/]\s*(?P<agency>[A-Za-z][\w .&-]{0,28}?(?:/[A-Za-z][\w .&-]{0,20}?(?=\s*\)))?)\s*[)/]\.?)"
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z .'’/\[\]-]{{1,40}}?(?:,\s*[A-Z][A-Za-z .]{{1,30}}?)?)\s*[.,]?\s*"  # (a second city
    # after a slash and a country in brackets too, round 1230: "WASHINGTON/BOGOTA, Jan 31 (Reuters) -", "New Delhi [India],")
    rf"(?:(?P<date>{_DAY_DATE})\s*[.,]?\s*{_AGENCY}?|{_AGENCY.replace('agency', 'agency2')}|(?<=,\s)(?P<agency3>[A-Z]{{2,8}})(?=\s*[-–—]))"
    rf"\s*(?:--|—|–|-|:)?\s*(?=\S)"
)  # the last form: "Nur-Sultan , SANA-Kazakh Ministry …", the agency glued to the first word (round 143)
_PLACE_ONLY = re.compile(r"^(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?:,\s*[A-Z][A-Za-z ]{1,30}?)?\s*(?:\.|—|–|--| -)\s+(?=\S)")
#: A town and a colon, as South Asian papers open a story ("NEW DELHI: India and …", "Islamabad: The talks …"; round
#: 966): one to three capitalised words, none a word chrome puts before a colon ("UPDATE:", "Also Read:", "Photo:"),
#: opening a paragraph of body length
_PLACE_COLON = re.compile(r"^(?!(?i:Update|Updated|Breaking|Watch|Read|Also|Photo|Photos|Video|Source|Note|Editor|Related|"
                          r"Listen|Opinion|Analysis|Exclusive|Live|Comment|Share|Tags?|Topics?|Image|File|Credit|Caption|"
                          r"Warning|Disclaimer|Summary|Highlights?|Key|Q|A)\b)(?P<place>[A-Z][A-Za-z'’-]{2,}(?: [A-Z][A-Za-z'’-]+){0,2}):"
                          r"\s+(?=[A-Z])")
_HEADER = re.compile(r"^(?P<key>source|publisher|agency|published|date|time|title|headline|url|link|dateline|byline|author)\s*:\s*(?P<value>.*)$", re.I)
_YEARLESS_STAMP = re.compile(rf"^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\b[\s,\d:apmAPMGMTUTC.]*$", re.I)
_TIMESTAMP_WORDS = re.compile(r"^(?:published|updated|posted|last updated)\s*:?\s*", re.I)


@dataclass
class Article:
    """One news article: where and when it was published, and its text."""

    label: str
    body: str
    publisher: str | None = None
    published_at: dt.datetime | None = None
    title: str | None = None
    dateline_place: str | None = None
    dateline_date: dt.date | None = None
    url: str | None = None
    dateline_text: str | None = None  # the dateline's date as written ("March 3"), to resolve it once a year is known
    published_text: str | None = None  # a publication date without a year ("published: August 22")

    @property
    def anchor(self) -> dt.date | None:
        """The day relative dates count from: the dateline's day, else the day of publication."""
        return self.dateline_date or (self.published_at.date() if self.published_at else None)

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, whitespace tidied."""
        return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n(?=\s*[\"“«])", self.body) if p.strip()]

    @property
    def read_text(self) -> str:
        """The article as a reviewer reads it: its headline over its body. Kept with its candidates, so that an event
        the headline alone reports (round 1030) has its evidence marked in the article box like any other."""
        title = (self.title or "").strip()
        opening = title.removesuffix("…").rstrip()  # a title cut from the first sentence is not a headline of its own
        return f"{title}\n\n{self.body}" if title and not self.body.lstrip().startswith(opening) else self.body

    def fingerprint(self) -> str:
        """A short stable id of the article: its URL, else publisher, title, time and opening."""
        basis = self.url or "|".join([self.publisher or "", self.title or "",
                                      self.published_at.isoformat() if self.published_at else "",
                                      re.sub(r"\s+", " ", self.body)[:400]])
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]

    def describe(self) -> dict:
        """The JSON shape `tracker extract` prints for the article."""
        return {"publisher": self.publisher, "published_at": self.published_at.isoformat(timespec="minutes") if self.published_at else None,
                "title": self.title, "dateline_place": self.dateline_place, "url": self.url}


#: Words a timestamp line may carry besides its date: months, weekdays, times, "updated", "published", "by"
_NOT_PROSE = re.compile(rf"(?i)\b(?:{_MONTH}\w*|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                        r"am|pm|gmt|utc|updated?|published|posted|last|on|at|by|of|the|local|time|hrs?)\b")


#: Zone abbreviations that agencies print after a page's time and that mean one offset (dateutil knows only UTC/GMT
#: and the machine's own): Moscow, Armenia, Azerbaijan, Georgia, the Gulf, Kazakhstan, Pakistan, Korea, Japan, Europe.
ZONES = {name: int(hours * 3600) for name, hours in {
    "MSK": 3, "AMT": 4, "AZT": 4, "GET": 4, "GST": 4, "ALMT": 5, "AQTT": 5, "PKT": 5, "KST": 9, "JST": 9,
    "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WET": 0, "WEST": 1, "TRT": 3, "IRST": 3.5, "EAT": 3}.items()}


#: Month names as dateutil reads them, for the shapes `_plain_stamp` reads without it
_MONTH_NUMBER = {name: k for k, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"), ("jul", "july"),
    ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december")), 1)
    for name in names}
_TIME = r"(?:,?\s+(?P<h>\d{1,2}):(?P<mi>\d\d)(?::(?P<s>\d\d))?)?"
#: The two shapes most pages and datelines print ("22 Jun 2023 16:13", "June 22, 2023", "June 22"), whole
_PLAIN_STAMP = re.compile(rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>[A-Za-z]{{3,9}})\.?|(?P<m2>[A-Za-z]{{3,9}})\.?\s+(?P<d2>\d{{1,2}}))"
                          rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?{_TIME}")


def _plain_stamp(text: str, default_year: int | None) -> dt.datetime | bool:
    """`text` read without dateutil when it is one of the plain shapes (dateutil gives the same and costs a tenth of
    an article's extraction); False when it is not, so the caller asks dateutil."""
    m = _PLAIN_STAMP.fullmatch(text)
    if m is None:
        return False
    month = _MONTH_NUMBER.get((m["m1"] or m["m2"]).lower())
    year = int(m["y"]) if m["y"] else default_year
    if month is None or year is None or m["h"] and not m["y"]:
        return False
    try:
        return dt.datetime(year, month, int(m["d1"] or m["d2"]), int(m["h"] or 0), int(m["mi"] or 0), int(m["s"] or 0))
    except ValueError:
        return False  # "30 Feb 2023", "32 Jan" (dateutil reads a year in it): dateutil's answer, whatever it is


def parse_timestamp(text: str, default_year: int | None = None) -> dt.datetime | None:
    """A date or date-time from a header or timestamp line, or None if it is not one."""
    text = _TIMESTAMP_WORDS.sub("", text.strip()).strip()
    if not text or len(text) > 60 or not re.search(r"\d", text):
        return None
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})(?![-\d])(?:[T ](\d{2}:\d{2})(?::\d{2})?)?", text)
    if iso:
        return dt.datetime.fromisoformat(iso.group(1) + ("T" + iso.group(2) if iso.group(2) else ""))
    plain = _plain_stamp(text, default_year)
    if plain is not False:
        return plain
    text = english_stamp(text)  # "Mardi 6 avril 2021": "Mar" of "Mardi" passed for March, the 6 for June
    if not re.search(rf"\b{_MONTH}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}", text, re.I):
        return None
    if default_year is None and not re.search(r"\b(19|20)\d\d\b", text):
        return None
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", _NOT_PROSE.sub(" ", text))]
    if len(words) > 2 and text.rstrip().endswith("."):
        return None  # "The deal, signed in July 2022, allowed grain exports.": a sentence with a date, not a timestamp
    try:
        with warnings.catch_warnings():  # a zone dateutil does not know ("AMT", "ALMT") is read as local time, unsaid
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            stamp = dateutil_parser.parse(text, fuzzy=True, dayfirst=bool(re.search(r"\d{1,2}\.\d{1,2}\.\d{4}", text)),
                                          default=dt.datetime(default_year or 2000, 1, 1), tzinfos=ZONES)
    except (ValueError, OverflowError):
        return None
    return stamp.replace(tzinfo=None) if stamp.tzinfo is None else stamp.astimezone(dt.timezone.utc).replace(tzinfo=None)


_Y4 = r"(?:19|20)\d\d"
_MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
#: A full date as pages print their own: "2022-12-12 19:15:00", "30 Oct, 2019", "Wednesday, May 3, 2017", "30th August, 2019",
#: "20.01.2020", "12-08-2021" (day first with dots and dashes), "05/08/2022" and "06/09/21" (month first with slashes)
_PAGE_DATE = re.compile(rf"(?<![\d-])(?P<iso>{_Y4}-\d\d-\d\d)(?![-\d])|(?<!\d)(?P<dmy>\d{{1,2}}[.-]\d{{1,2}}[.-]{_Y4})(?!\d)"
                        rf"|(?<![\d/])(?P<mdy>\d{{1,2}}/\d{{1,2}}/(?:{_Y4}|\d\d))(?![\d/])"
                        rf"|\b(?P<words>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+{_Y4}|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_Y4})\b")
#: Where a page's own date stands: alone on a short line, after "Published:" / "Updated:", in an agency's parentheses
_DATE_PLACE = re.compile(r"(?:^|\n)\s*(?!(?i:on|in|by|since|from|until|of|at|before|after)\b)(?:\S+\s+){0,3}$|(?:published|updated|posted|date|ekleme)\s*(?:on|:)?\s*(?:\S+\s+){0,2}$|[(|]\s*(?:[^()|\n]{0,40}-\s*)?$",
                         re.I)


_TIME_AFTER = re.compile(r"\s*(?:[|,–-]\s*)?\d{1,2}:\d\d\b")


def page_date(text: str, window: int = 3000) -> dt.datetime | None:
    """The publication date a page prints for itself when there is no header: the store's " date 2023-05-11 " marker, a
    short line that is a date ("30 Oct, 2019 11:14", "Wednesday, May 3, 2017"), a date after "Published:" or "Updated:",
    or in an agency's parentheses ("(UrduPoint News / Sputnik - 30th August, 2019)"). A date inside a sentence is none."""
    head = text[:window]
    for m in _PAGE_DATE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        line_end = head.find("\n", m.end())
        line = head[line_start:line_end if line_end >= 0 else len(head)]
        before = head[max(line_start, m.start() - 60):m.start()]
        if re.search(r"(?i)\b(?:on|in|by|since|from|until|of|at|before|after)\s+(?:\w+,?\s+)?$", before):
            continue  # "On March 10, 2022, a meeting was held": a date in a sentence
        if not (len(line.strip()) <= 80 or _DATE_PLACE.search(before) or _TIME_AFTER.match(head, m.end())):
            continue
        try:
            if m.group("iso"):
                return dt.datetime.fromisoformat(m.group("iso"))
            if m.group("dmy"):
                d, mo, y = re.split(r"[.-]", m.group("dmy"))
                return dt.datetime(int(y), int(mo), int(d))
            if m.group("mdy"):
                mo, d, y = m.group("mdy").split("/")
                return dt.datetime(int(y) + (2000 if len(y) == 2 else 0), int(mo), int(d))
            return dateutil_parser.parse(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", m.group("words")), default=dt.datetime(2000, 1, 1))
        except (ValueError, OverflowError):
            continue
    return None


def match_dateline(paragraph: str) -> re.Match | None:
    """The dateline at the start of a paragraph, if it has one (an agency or a date is required)."""
    if may_name_agency(paragraph, 70) and (bare := BARE_DATELINE.match(paragraph) or AGENCY_FIRST.match(paragraph)):
        return bare  # "ASTANA. KAZINFORM -", "(ANSA) - BELGRADE, JUN 24 -": a table name, so read first (round 1230)
    m = DATELINE.match(paragraph)
    if not m:
        return _PLACE_ONLY.match(paragraph) or (_PLACE_COLON.match(paragraph) if len(paragraph) > 150 else None)  # (not
        # a headline: "Mozambique: Leaders Meet in Maputo")
    place = m.group("place")
    if m.group("agency3") and not known_agency(m.group("agency3")):
        return _PLACE_ONLY.match(paragraph)  # "ISTANBUL, TURKEY - ": a country in capitals, no agency (round 1230)
    if agency_of(m):
        if not known_agency(agency_of(m)) and not place.isupper():
            return None
    elif not place.split(",")[0].replace(" ", "").replace("-", "").replace(".", "").isupper():
        return None
    return m


def agency_of(m: re.Match) -> str | None:
    """The agency named by a dateline match."""
    groups = m.groupdict()
    return groups.get("agency") or groups.get("agency2") or groups.get("agency3") or groups.get("agency4")


def _dateline_day(text: str, published: dt.datetime | None) -> dt.date | None:
    year = re.search(r"\b(19|20)\d\d\b", text)
    if year:
        stamp = parse_timestamp(text)
        return stamp.date() if stamp else None
    if published is None:
        return None
    stamp = parse_timestamp(text, default_year=published.year)
    if stamp is None:
        return None
    candidates = [stamp.replace(year=published.year + k) for k in (-1, 0, 1)]
    return min(candidates, key=lambda d: abs(d - published)).date()


def item_day(paragraph: str, published: dt.datetime | None) -> dt.date | None:
    """The day of a dated dateline with an agency that opens a paragraph below the first ("Quito, May 8 (EFE) …"): a
    second wire item on the page, whose "today" and weekdays count from its own day (round 624)."""
    m = DATELINE.match(paragraph) if paragraph[:1].isupper() and "(" in paragraph[:70] else None  # (the agency's bracket)
    return _dateline_day(m.group("date"), published) if m and m.group("date") and m.group("agency") else None


def _lines_to_dateline(block: str) -> list[str]:
    """A first block whose headline, byline or time lines run into the dateline with single line breaks ("Headline\nBy
    Jane Roe\nGENEVA (AP) - ..."): its lines before an agency's dateline each a block, the rest one (round 1230);
    the block unchanged when no line of its first six is one."""
    lines = block.split("\n")
    for k, line in enumerate(lines[1:7], 1):
        line = line.strip()
        if (line[:1] == "(" or line[:1].isupper()) and may_name_agency(line, 70):
            m = BARE_DATELINE.match(line) or AGENCY_FIRST.match(line) or DATELINE.match(line)
            if m and agency_of(m) and match_dateline(line):
                return [x.strip() for x in lines[:k] if x.strip()] + ["\n".join(lines[k:]).strip()]
    return [block]


def _byline_source(blocks: list[str]) -> str | None:
    """The agency a short byline or source line among the page's first ten blocks names ("By AFP", "Reuters | Oslo |
    Updated: ...", "By Jane Roe | Anadolu Agency"), or None."""
    return next((named for block in blocks[:10] if len(block) <= 90 and (named := byline_agency(block))), None)


#: A day told with "on", as a sentence dates its event and a headline seldom does: "met on Jan. 26", "on Thursday"
_ON_A_DAY = re.compile(r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                       r"Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")


def parse_text(text: str, label: str) -> Article:
    """Parse a plain-text wire article in any of the supported layouts."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    header: dict[str, str] = {}
    i = 0
    while i < len(lines) and (not lines[i].strip() and not header):
        i += 1
    while i < len(lines) and (m := _HEADER.match(lines[i].strip())):
        header[m.group("key").lower()] = m.group("value").strip()
        i += 1
    rest = "\n".join(lines[i:]).strip()
    marker = re.match(r"date\s+(\d{4}-\d{2}-\d{2})\s+", rest)  # the pages store's " date 2023-05-11 " before the page
    if marker:
        rest = rest[marker.end():]
        if not any(k in header for k in ("published", "date", "time")):
            header["published"] = marker.group(1)
    blocks = [b.strip() for b in re.split(r"\n\s*\n", rest) if b.strip()]
    if len(blocks) == 1 and "\n" in blocks[0]:
        blocks = [b.strip() for b in blocks[0].split("\n") if b.strip()]
        for k in range(len(blocks) - 1, 0, -1):  # a hard-wrapped sentence ("signed by X\nand Y after ..."): one line
            if re.match(r"[a-z]", blocks[k]) and not re.search(r"[.!?:;\"”»)]$", blocks[k - 1]):
                blocks[k - 1:k + 1] = [f"{blocks[k - 1]} {blocks[k]}"]
    published = None
    published_text = None
    for key in ("published", "date", "time"):
        if key in header:
            published = parse_timestamp(header[key])
            if published:
                break
            if parse_timestamp(header[key], default_year=2000):
                published_text = published_text or header[key]
    title = header.get("title") or header.get("headline")
    lead: list[str] = []
    for k in range(min(len(blocks), 6) - 1, -1, -1):
        if "\n" in blocks[k] and not match_dateline(blocks[k]):
            blocks[k:k + 1] = _lines_to_dateline(blocks[k])
    # Timestamp and headline lines come before the dateline paragraph.
    while blocks and not match_dateline(blocks[0]) and len(blocks[0]) < 200 and (
            len(lead) < 3 or len(lead) < 6 and not any(map(headline_like, lead))):  # more chrome than 3 lines (941)
        candidate = blocks.pop(0)
        if "\n" in candidate:  # short header lines without blank lines between them
            blocks[0:0] = [line.strip() for line in candidate.split("\n") if line.strip()]
            continue
        if candidate.rstrip().endswith(".") and (len(candidate.split()) >= 22 or len(candidate.split()) >= 15 and re.search(
                r"\b(?:said|says|announced|told|reported|reports|stated)\b", candidate)
                or len(candidate.split()) >= 12 and _ON_A_DAY.search(candidate)):  # "… met on Jan. 26 in Paris …." (round 115)
            blocks.insert(0, candidate)  # a whole sentence that reports someone's words is the lead, not a headline
            break
        stamp = parse_timestamp(candidate) if len(candidate) < 60 else None
        if fold_agency(candidate) in AGENCIES:
            header.setdefault("source", AGENCIES[fold_agency(candidate)])
            continue
        if named := byline_agency(candidate):  # "By Jane Roe, AFP", "• Kyodo" (round 1230)
            header.setdefault("source", named)
        if re.fullmatch(r"[A-Z][A-Z .'’-]{2,30}", candidate) and lead:
            header.setdefault("dateline", candidate)
            break
        if stamp and published is None:
            published = stamp
        elif stamp is None and _YEARLESS_STAMP.match(candidate) and parse_timestamp(candidate, default_year=2000):
            published_text = published_text or candidate  # "Published: August 22": a year to infer
        elif stamp is None:
            lead.append(candidate)
    if published is None and not any(k in header for k in ("published", "date", "time")):
        published = page_date(rest)  # the page's own date line, wherever its chrome put it
    if blocks and not match_dateline(blocks[0]):  # the dateline paragraph after more chrome than three short lines
        k = next((i for i in range(1, min(len(blocks), 6)) if DATELINE.match(blocks[i]) and match_dateline(blocks[i])), None)
        if k is not None and all(len(b) < 300 for b in blocks[:k]):
            lead += blocks[:k]
            blocks = blocks[k:]
    if not blocks and len(lead) == 1:  # a one-paragraph text: it is the body, not a headline
        blocks, lead = lead, []
    if lead and title is None:  # the headline, not a menu, byline or date line above it (round 940); one set below
        chosen = choose_headline(lead)  # chrome stays in the body, as before the round
        title, body_blocks = lead[chosen], lead[1:] if chosen == 0 else lead
    else:
        body_blocks = lead[1:] if lead and title == lead[0] else lead
    place = day = dateline_text = None
    publisher = header.get("source") or header.get("publisher") or header.get("agency")
    if blocks and (m := match_dateline(blocks[0])):
        place = re.split(r"[,/\[]", m.group("place") or "")[0].strip().rstrip(".").title() or None
        if place and fold_agency(place) in AGENCIES:  # "DPA, Jan 16, 2006 -": the agency and its date, no place (1234)
            publisher, place = publisher or AGENCIES[fold_agency(place)], None
        if agency_of(m):
            publisher = publisher or publisher_named(agency_of(m))
        if m.groupdict().get("date"):
            dateline_text = m.group("date")
            day = _dateline_day(m.group("date"), published)
            if published is None and day is not None and re.search(r"\b(19|20)\d\d\b", m.group("date")):
                published = dt.datetime.combine(day, dt.time())
        blocks[0] = blocks[0][m.end():]
        # A headline that follows the dateline-first layout ("MOSCOW, June 21. /TASS/.\nHeadline\n\nBody").
        if not blocks[0].strip() and len(blocks) > 1:
            blocks.pop(0)
    elif "dateline" in header:
        place = header["dateline"].split(",")[0].strip().title()
    if publisher is None:  # a byline the headline loop stopped short of ("Headline\n\nMenu\n\nBy Jane Roe, AFP", round 1234)
        publisher = _byline_source(body_blocks + blocks)
    body = "\n\n".join(body_blocks + blocks)
    if title is None and body:
        first = split_sentences(body.strip().split("\n", 1)[0])[0]  # not cut at "Nov. 11-12", "U.S." or "Mr."
        title = first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "…"
    url = header.get("url") or header.get("link")
    return Article(label=label, body=body, publisher=publisher or (publisher_of(url) if url else None),
                   published_at=published, title=title, dateline_place=place, dateline_date=day, url=url,
                   dateline_text=dateline_text, published_text=published_text)


def publication_day(article: Article) -> dt.date | None:
    """The full publication date the article gives (header, timestamp or a dateline with its year), if any."""
    return article.published_at.date() if article.published_at else None


def with_published(article: Article, day: dt.date) -> Article:
    """The article published on `day` (a date a person gave); a year-less dateline is read against it."""
    published = article.published_at if publication_day(article) == day else dt.datetime.combine(day, dt.time())
    dateline = _dateline_day(article.dateline_text, published) if article.dateline_text else None
    return replace(article, published_at=published, dateline_date=dateline or article.dateline_date)


def named(articles: list[Article], publisher: str | None) -> list[Article]:
    """The articles, those that name no publisher published by `publisher` (all unchanged without one)."""
    if not (publisher or "").strip():
        return articles
    return [a if a.publisher else replace(a, publisher=publisher.strip()) for a in articles]


def dated(articles: list[Article], day: dt.date | None) -> list[Article]:
    """The articles, those without a publication date published on `day` (all unchanged without one)."""
    if day is None:
        return articles
    return [a if publication_day(a) else with_published(a, day) for a in articles]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def infer_year(article: Article, today: dt.date) -> tuple[Article, str] | None:
    """The article dated from its year-less dateline or timestamp, and a note saying how the year was chosen.

    The year is one where the day falls on a weekday the text names ("said on Friday"), not before the latest year the
    text names; among those (or, failing them, all years up to `today`) the earliest when the text names a year (it was
    most likely written then or soon after), else the latest that is not after `today`.
    """
    written = article.dateline_text or article.published_text
    if written is None or article.anchor is not None:
        return None
    stamp = parse_timestamp(written, default_year=2000)
    if stamp is None:
        return None
    text = f"{article.title or ''}\n{article.body}"
    named = {w for w in _WEEKDAYS if re.search(rf"\b(?:on|this|late|early|since|from)\s+{w}\b|\b{w}['’]s\b|"
                                               rf"(?<!\blast\s)(?<!\bnext\s)(?<!\bcoming\s)\b{w}\b(?!\s*,?\s+(?:{_MONTH})\b)", text)}
    # "said Wednesday" (wire copy drops the "on"), not "last Wednesday" nor "Wednesday, May 3" (a full date of its own)
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text) if 1950 <= int(y) <= today.year]
    lowest = max(years) if years else today.year - 30
    options = []
    for year in range(today.year, lowest - 1, -1):
        try:
            day = dt.date(year, stamp.month, stamp.day)
        except ValueError:
            continue
        if day <= today:
            options.append(day)
    if not options:
        return None
    fitting = [d for d in options if _WEEKDAYS[d.weekday()] in named]
    # a text that names years was most likely written in the latest of them or soon after: the earliest fitting day
    # from that year on; a text that names none: the latest past occurrence
    day = (fitting or options)[-1 if years else 0]
    how = (f"the weekday the text names ({_WEEKDAYS[day.weekday()]})" if fitting else
           "the first occurrence" if years else "the latest past occurrence") + \
        (f" from {lowest} (the latest year the text names) on" if years else "")
    note = (f"{article.label}: no year in {written!r}; took {day.isoformat()} by {how}; "
            "give --published if that is wrong (events from this article have a lower confidence)")
    return with_published(article, day), note
