"""Which of a page's opening lines is its headline (round 940).

A pasted news page opens with chrome before its headline: a menu or section line ("All news", "Press Releases",
"Home>News Center>World"), a skip link ("Skip to main content"), the site's name, a byline ("By Tasnim News Agency"),
a date line ("14. septembar 2023 11:29"). A headline is built otherwise: a line of several words (four or more; the
chrome lines are one to three) that names who did what, that does not end in a full stop as a body sentence does, and
that is neither a link, a breadcrumb, a byline, a date nor a credit. The parser takes the first opening line so built;
when none is, the first line as before.
"""
from __future__ import annotations

import re

#: Words of a line (letters first; "U.S.", "al-Sisi", "Iran’s" count as one)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Chrome a page sets above its headline: skip links, menus, search, sign-in, sharing, cookies, "you are here",
#: in the languages the pasted pages use
_CHROME = re.compile(
    r"(?i)^\W*(?:skip\s+to|jump\s+to|go\s+to|menu|navigation|search|advertisement|subscribe|sign\s+(?:in|up)|log\s*in|"
    r"cookies?|accessibility|share\s+this|follow\s+us|print\s+this|you\s+are\s+here|vous\s+êtes\s+ici|in\s+progress\s+at|"
    r"s'abonner|abonnez|official\s+(?:web\s*)?site)\b|\b(?:main\s+content|contenu\s+principal|contenido\s+principal|\d+\s+views?|javascript)\b")
#: A breadcrumb or a site's bar: two separators between words ("News / Syria / Politics", "Reuters | Oslo | Updated")
_SEPARATOR = re.compile(r"\s[|>›»/]\s|[a-z]>[A-Z]")
#: A byline or a credit line: "By X Y", "Reporting by", "(Adds quotes, background)", "Story Code : 123"
_BYLINE = re.compile(r"(?i)^\W*(?:by|reporting\s+by|written\s+by|edited\s+by|author|story\s+code|photo|file\s+photo)\b|^\(.*\)$")
#: A date or time line: "Updated: 12-08-2021 01:45 IST", "Published 14 September 2023", "2:45AM."
_STAMP = re.compile(r"(?i)^\W*(?:published|updated|posted|last\s+updated|date)\b|\d{1,2}:\d{2}|\b\d{1,4}[-./]\d{1,2}[-./]\d{2,4}\b")
#: A language switcher: multilingual sites (the UN, foreign ministries, the Kremlin) set above the headline a row of
#: the languages the page is offered in, each in its own name ("عربي Español Русский Français 简体中文", "English | Français")
_LANGUAGES = {"english", "français", "francais", "español", "espanol", "русский", "عربي", "العربية", "中文", "简体中文",
              "繁體中文", "deutsch", "português", "italiano", "türkçe", "日本語", "한국어", "فارسی", "kiswahili", "українська",
              "azərbaycan", "қазақша", "oʻzbekcha", "română", "polski", "nederlands", "srpski", "српски", "հայերեն", "ქართული"}
_LANGUAGE_ROW = re.compile(r"[\s|/·•,-]+")
#: A body sentence's end: a full stop (after a word of two lower-case letters or a digit, so "U.S." is no end), perhaps
#: inside closing quotes
_SENTENCE_END = re.compile(r"(?:[a-z]{2}|\d)\.[\"'”’»)]*\s*$")


def headline_like(line: str) -> bool:
    """True when `line` is built as a news headline: four words or more, no full stop at its end, and not a menu,
    breadcrumb, byline, credit or date line."""
    if len(line) > 200 or len(_WORD.findall(line)) < 4:
        return False
    if _SENTENCE_END.search(line) or _BYLINE.search(line) or _STAMP.search(line):
        return False
    if all(w.lower() in _LANGUAGES for w in _LANGUAGE_ROW.split(line.strip()) if w):
        return False
    return not (_CHROME.search(line) or len(_SEPARATOR.findall(line)) >= 2)


def choose_headline(lines: list[str]) -> int:
    """The index in `lines` (the page's opening lines before its body) of its headline: the first line built as one,
    else 0 (the first line, as the parser took before round 940)."""
    return next((i for i, line in enumerate(lines) if headline_like(line)), 0)


__all__ = ["choose_headline", "headline_like"]
