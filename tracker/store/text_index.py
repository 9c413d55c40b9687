"""What the full-text index holds for an event's text, and what a search asks of it, for both engines.

Chinese, Japanese and Korean are written without spaces between words, so FTS5's unicode61 tokenizer and
PostgreSQL's parser each took an unbroken run such as "阿斯塔纳会谈第二十轮" for one word, and "阿斯塔纳"
(Astana) found nothing. Here each CJK run is indexed as its overlapping two-character pieces (bigrams),
followed by its last character alone, in place of the run:

    "阿斯塔纳会谈" -> "阿斯 斯塔 塔纳 纳会 会谈 谈"

and a CJK word of a search becomes the phrase of its bigrams ("阿斯塔纳" -> "阿斯 斯塔 塔纳": those three in
a row), so it is found anywhere inside a run. One character is a prefix ("谈"*): it finds a bigram it begins
or the last character of a run, that is every run holding it. The last character also keeps two runs apart
(a phrase cannot run from the end of one run into the next). Latin words are matched as before: every word
as a prefix, all required, case and accents folded.

CJK characters (`CJK_RANGES`): Hangul (syllables and jamo), Hiragana, Katakana (not its middle dot
"・", which separates names), Bopomofo, the CJK Unified Ideographs (Extension A and the supplementary
extensions B-H) and the compatibility ideographs, and the ideographic iteration and number marks
々〆〇. Before that, fullwidth Latin letters and digits, halfwidth Katakana and Hangul and the compatibility
ideographs are NFKC-normalised (`WIDE_RANGES`): "ｶﾞ" is "ガ", "２０" is "20" and "ＡＢＣ" is "ABC" on both
engines. Kana keep their voicing marks: "ガ" is not "カ".

On PostgreSQL the rest of the text is folded (`tracker.resolve.fold`) and split into words here, the way
FTS5 splits it (letters and digits; punctuation, symbols and "_" separate), so its parser never reads
"2022-05-22" as the numbers "2022", "-05" and "-22", or "v1.22" as a file name: `--q 22` finds the same
events on both engines.

Costs: a CJK character is one more word of the index (100k synthetic events, a third with some 80 Chinese
characters: FTS5 index 46 -> 59 MB, PostgreSQL's 122 -> 155 MB); text with no CJK is indexed as before, as fast.
PostgreSQL counts word positions up to 16,383 only, so in an event whose text runs past some 16,000 words (or
CJK characters) a CJK word beyond that point is not found there (SQLite has no such limit).
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from tracker.resolve import fold

#: The code points indexed as bigrams (inclusive ranges).
CJK_RANGES = (
    (0x1100, 0x11FF),    # Hangul Jamo
    (0x3005, 0x3007),    # 々 〆 〇
    (0x3041, 0x3096),    # Hiragana
    (0x309D, 0x309F),    # Hiragana iteration marks, ゟ
    (0x30A1, 0x30FA),    # Katakana (not ゠)
    (0x30FC, 0x30FF),    # ー ヽ ヾ ヿ (not the middle dot ・)
    (0x3105, 0x312F),    # Bopomofo
    (0x3131, 0x318E),    # Hangul Compatibility Jamo
    (0x31A0, 0x31BF),    # Bopomofo Extended
    (0x31F0, 0x31FF),    # Katakana Phonetic Extensions
    (0x3400, 0x4DBF),    # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),    # CJK Unified Ideographs
    (0xA960, 0xA97F),    # Hangul Jamo Extended-A
    (0xAC00, 0xD7A3),    # Hangul Syllables
    (0xD7B0, 0xD7FF),    # Hangul Jamo Extended-B
    (0xF900, 0xFAFF),    # CJK Compatibility Ideographs
    (0xFF66, 0xFF9F),    # Halfwidth Katakana (NFKC makes them Katakana first)
    (0xFFA0, 0xFFDC),    # Halfwidth Hangul
    (0x1B000, 0x1B16F),  # Kana Supplement, Kana Extended-A, Small Kana Extension
    (0x20000, 0x323AF),  # CJK Unified Ideographs Extensions B-H, Compatibility Ideographs Supplement
)
#: NFKC-normalised before anything else: compatibility ideographs, fullwidth Latin letters and digits, halfwidth
#: Katakana and Hangul (fullwidth punctuation such as "，" separates words as it is).
WIDE_RANGES = ((0xF900, 0xFAFF), (0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0xFF66, 0xFFDC),
               (0x2F800, 0x2FA1F))


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


_CJK = _char_class(CJK_RANGES)
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WIDE_RUN = re.compile(f"[{_char_class(WIDE_RANGES)}]+|.[\u3099\u309a]+")  # and a kana with combining voicing marks
_TO_NORMALISE = re.compile(f"[{_char_class(WIDE_RANGES)}\u3099\u309a]")  # (a quick look first: 7 times faster)
_ANY = re.compile(f"[{_CJK}{_char_class(WIDE_RANGES)}]")
#: A query word (as the stores have always split a search: runs of word characters).
_WORD = re.compile(r"\w+")
#: A word of PostgreSQL's index: letters and digits, as FTS5's unicode61 splits text ("_" separates).
_TOKEN = re.compile(r"[^\W_]+")


class Term(NamedTuple):
    """One required part of a search: a Latin word (prefix), or the CJK bigrams that must follow each other."""

    words: tuple[str, ...]  # a Latin word alone, or the bigrams of a CJK run (one character: itself)
    cjk: bool

    @property
    def prefix(self) -> bool:
        """Whether the (last) word is matched as a prefix: Latin words and single CJK characters."""
        return not self.cjk or len(self.words[0]) == 1


def normalise(text: str) -> str:
    """`text` with its halfwidth and fullwidth forms and compatibility ideographs NFKC-normalised."""
    if _TO_NORMALISE.search(text) is None:
        return text
    return _WIDE_RUN.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def bigrams(run: str) -> list[str]:
    """The index words of one CJK run: its overlapping bigrams, then its last character ("ABC" -> AB BC C)."""
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def _indexed_run(match: re.Match) -> str:
    return " " + " ".join(bigrams(match.group())) + " "


def sqlite_body(text: str | None) -> str:
    """What FTS5 indexes for `text`: the text itself (unchanged unless it holds CJK), each CJK run as its bigrams."""
    text = text or ""
    if text.isascii() or _ANY.search(text) is None:  # isascii: most bodies, 100 times faster than the search
        return text
    return _CJK_RUN.sub(_indexed_run, normalise(text))


def _pieces(text: str, split: bool = True):
    """(is it a CJK run, the piece) for the runs of `text` (normalised) and the text between them, in order;
    not `split`: the whole text as it is (an index made before CJK bigrams)."""
    if not split:
        yield False, text
        return
    text, at = normalise(text), 0
    for match in _CJK_RUN.finditer(text):
        yield False, text[at:match.start()]
        yield True, match.group()
        at = match.end()
    yield False, text[at:]


def postgres_body(text: str | None) -> str:
    """What PostgreSQL's 'simple' configuration indexes for `text`: folded words separated by spaces, each
    CJK run as its bigrams (folding would decompose Hangul and drop kana voicing marks, so they are left as
    they are)."""
    text = text or ""
    if text.isascii() or _ANY.search(text) is None:
        return " ".join(_TOKEN.findall(fold(text)))
    words: list[str] = []
    for cjk, piece in _pieces(text):
        words += bigrams(piece) if cjk else _TOKEN.findall(fold(piece))
    return " ".join(words)


def query_terms(text: str, folded: bool = False, bigrams_indexed: bool = True) -> list[Term]:
    """The required parts of a search for `text`, in order: each word (folded: `tracker.resolve.fold`), with
    its CJK runs split off as terms of their own ("G20峰会" -> G20, 峰会); `bigrams_indexed` False: for an index
    made before CJK bigrams (a read-only store not migrated), every word as it was asked, a prefix."""
    terms = []
    for cjk, piece in _pieces(text, bigrams_indexed):
        if cjk:
            terms.append(Term(tuple(bigrams(piece)[:-1]) if len(piece) > 1 else (piece,), True))
        else:
            terms += [Term((word,), False) for word in _WORD.findall(fold(piece) if folded else piece)]
    return terms


def fts5_query(text: str, bigrams_indexed: bool = True) -> str | None:
    """The FTS5 MATCH expression for `text`: every Latin word as a prefix, every CJK word as the phrase of
    its bigrams (one character: a prefix), all required; None when there is no word."""
    parts = [f'"{" ".join(term.words)}"' + ("*" if term.prefix else "")
             for term in query_terms(text, bigrams_indexed=bigrams_indexed)]
    return " AND ".join(parts) or None


def tsquery(text: str, bigrams_indexed: bool = True) -> str | None:
    """The tsquery (for `to_tsquery('simple', ...)`) matching what `fts5_query` matches: Latin words folded,
    as prefixes; CJK bigrams in a row (`<->`); all required; None when there is no word."""
    parts = [" <-> ".join(term.words) + (":*" if term.prefix else "")
             for term in query_terms(text, folded=True, bigrams_indexed=bigrams_indexed)]
    return " & ".join(parts) or None
