"""Cutting an article body into sentences, with direct quotes set apart.

Each Unit is a narrative sentence in which every direct quote is replaced by a marker
`⟦Qn⟧`; the quotes themselves are kept by number. Quoted text is what someone said, so the
event rules read the narrative and look into quotes only for proposals and round numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.extract.prefilter import fast_start

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "lt", "col", "maj", "jan", "feb", "aug", "sep",
                  "sept", "oct", "nov", "dec", "no", "vs", "etc", "prof", "amb", "gov", "sr", "jr", "messrs", "capt"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-Z⟦\"“«‘(])")
#: “…”, «…», "…" and ‘…’ (a ’ followed by a letter is an apostrophe: "Qatar’s")
_QUOTE_PAIR = fast_start(re.compile(r"“[^”]*”?|«[^»]*»?|\"[^\"]*\"?|(?<!\w)‘(?:[^’‘]|’(?=\w))*’?"))
MARKER = re.compile(r"⟦Q(\d+)⟧")
MIN_QUOTE_WORDS = 4


@dataclass
class Unit:
    """One narrative sentence: its text with quote markers, its quotes, and where it stands."""

    paragraph: int
    text: str
    quotes: list[int] = field(default_factory=list)
    raw: str = ""

    @property
    def bare(self) -> bool:
        """True when the sentence is nothing but a quote (a continuation of someone's words)."""
        return not any(map(str.isalnum, MARKER.sub("", self.text)))  # no letter or digit (`\w` is isalnum or "_")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, keeping abbreviations such as "U.S." and "Gen." together."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()]
        word = re.search(r"([\w.]+)[.!?]$", before)
        if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word.group(1) + ".")):
            continue
        out.append(before.strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


#: A quote that ends its sentence with its own stop, then a new sentence: "… admitted that “the time is not right.” Soon
#: afterwards, X said …" (round 424: the two were one unit, and the second speaker's words took the first one's sentence)
_STOPPED_QUOTE = re.compile(r"⟦Q(\d+)⟧\s+(?=[A-Z])")


def _after_stopped(sentence: str, stopped: set[int]) -> list[str]:
    """`sentence` cut after each quote of `stopped` (quotes ending in a stop) that a capitalised word follows."""
    if not stopped:
        return [sentence]
    out, start = [], 0
    for m in _STOPPED_QUOTE.finditer(sentence):
        if int(m.group(1)) in stopped and sentence[start:m.start()].strip():
            out.append(sentence[start:m.end()].strip())
            start = m.end()
    out.append(sentence[start:])
    return [x for x in out if x.strip()]


_EXCERPT = re.compile(r"^\s*[“\"](?P<inner>[^“”\"]{200,})[”\"]\s*(?:\([^)]{0,30}\))?\s*$")
_REPORTING = re.compile(r"\b(?:said|says|told|reported|according\s+to|in\s+a\s+statement)\b")


def _unwrap_excerpt(paragraph: str) -> str:
    """A paragraph that is one long quoted excerpt of a news story (several sentences that themselves report what
    others said) is narrative, not someone's words: its outer quotation marks are dropped."""
    m = _EXCERPT.match(paragraph)
    if m is None or len(split_sentences(m.group("inner"))) < 3 or not _REPORTING.search(m.group("inner")):
        return paragraph
    return m.group("inner")


def segment(paragraphs: list[str]) -> tuple[list[Unit], list[str]]:
    """Units (sentences with quote markers) and the list of quote texts they point to."""
    quotes: list[str] = []
    units: list[Unit] = []
    for number, paragraph in enumerate(paragraphs):
        paragraph = _unwrap_excerpt(paragraph)
        pieces: list[str] = []
        spans: dict[int, str] = {}  # quote number -> its text as written, marks and punctuation included
        last = 0
        for m in _QUOTE_PAIR.finditer(paragraph):
            inner = m.group()[1:]
            if inner[-1:] in "”»\"’":
                inner = inner[:-1]
            if len(re.findall(r"\w+", inner)) < MIN_QUOTE_WORDS:
                continue  # a quoted word or phrase inside a sentence stays part of it
            pieces.append(paragraph[last:m.start()])
            pieces.append(f" ⟦Q{len(quotes)}⟧ ")
            spans[len(quotes)] = re.sub(r"\s+", " ", m.group())
            quotes.append(inner.strip().rstrip(",").strip())
            last = m.end()
        pieces.append(paragraph[last:])
        marked = " ".join("".join(pieces).split())

        def after_quote(m: re.Match) -> str:  # the sentence splitter reads a marker as a word; its comma goes
            spans[int(m.group(1))] += m.group(2)  # with the quote, kept for the sentence as written
            return f"⟦Q{m.group(1)}⟧"

        marked = re.sub(r"⟦Q(\d+)⟧\s*([,.])", after_quote, marked)
        stopped = {i for i in spans if quotes[i][-1:] in (".", "!", "?")}
        for sentence in (p for s in split_sentences(marked) for p in _after_stopped(s, stopped)):
            ids = [int(n) for n in MARKER.findall(sentence)]
            # the evidence an analyst cites: the sentence as written (whitespace folded), not rebuilt from the quotes
            raw = MARKER.sub(lambda m: spans[int(m.group(1))], sentence)
            units.append(Unit(number, sentence, ids, raw))
    return units, quotes
