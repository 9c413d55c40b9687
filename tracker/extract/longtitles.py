"""A person named after a long title whose "for" or "of" phrase runs over several words (round 201, widened in round 630):
"The Chilean delegation was headed by Deputy Foreign Minister for Multilateral and Economic Affairs Luis Vera", "met
U.S. Assistant Secretary of State for East Asian and Pacific Affairs Jane Doe", "Under Secretary for Political Affairs
John Roe attended". The title patterns of `names` read at most two capitalised words after "for" or "of" (or a longer
phrase up to a comma), so these gave no person. `LONG_TITLE` reads the name as the two capitalised words that close the
phrase before a comma, a full stop or a small word (a longer name keeps its last two, which find it by its surname).
Round 201 read it after "headed / led / chaired by" only (read after any title it had found one more test event whose
date and type were wrong); round 630 reads it after any title, and after the American secretaries' titles the title
list lacks ("Deputy Assistant Secretary for Eastern Europe"), since the shape names a person wherever it stands. Its
groups are those `mentions.find_actors` reads of an apposition: `aff` (the word before the title, a state's adjective
or name), `title`, `of` (the phrase) and `name`.
"""
from __future__ import annotations

import re

from tracker.extract.names import _NAME_WORD, _TITLES, TITLE
from tracker.extract.personnames import _BODY_WORDS, _NOT_SURNAME
from tracker.extract.prefilter import Gated, per_article, words_of

#: The secretaries of an American department, always followed by their brief ("Under Secretary for Arms Control")
_SECRETARY = r"(?:(?:Principal\s+)?Deputy\s+)?(?:Assistant|Under)[\s-]Secretary"

#: A word of a body's or an office's name is no word of a person's ("the spokeswoman of the Russian Foreign Ministry, said")
_NOT_NAME = rf"(?!(?i:{'|'.join(sorted(_BODY_WORDS | _NOT_SURNAME, key=len, reverse=True))})\b)"

#: An honorific between the title and the name ("… for the Ministry of Foreign Affairs Dr. Jane Doe"): the name starts after it
_HONORIFIC = r"(?:(?:Dr|Prof|Eng|Mr|Mrs|Ms|H\.\s?E)\.?|Sheikh|Sheikha)\s+"
#: A word of the title's phrase: no honorific, no "and" before the title of a second person ("the Prime Minister
#: of Armenia Nikol Pashinyan and President of Azerbaijan Ilham Aliyev": two titles, two people; round 771), and no
#: first name of an Arabic name of lineage ("Majed bin Mohammed …")
_PHRASE_WORD = rf"(?!{_HONORIFIC})(?!and\s+(?:the\s+)?(?:{TITLE})\s)(?![A-Z][\w'’-]*\s+(?:bin|ibn|bint|Al|El|Abu|Bin|Ben)\s)(?:[A-Z][\w'’.-]*|and|of|the|for|on|&)\s+"
#: The name: every name word after an honorific, a name of lineage whole, a surname's article with its first name ("Majed
#: Al Ansari") (round 634); else the two words closing the phrase
_LONG_NAME = (rf"(?(hon){_NAME_WORD}(?:\s?{_NAME_WORD}){{1,4}}"
              rf"|(?:{_NAME_WORD}\s(?=(?:bin|ibn|bint)\s){_NAME_WORD}(?:\s?{_NAME_WORD}){{1,3}}"
              rf"|{_NOT_NAME}{_NAME_WORD}\s(?:Al|El|Abu|Bin|Ben)\s{_NAME_WORD}"
              rf"|{_NOT_NAME}{_NAME_WORD}\s{_NOT_NAME}{_NAME_WORD}))")

#: (the word before the title is its state, never the first word of the title itself: "the Prime Minister of Armenia
#: Nikol Pashinyan" is a prime minister, not a minister of "Prime"; round 771)
_PATTERN = re.compile(
    rf"(?:\b(?:headed|led|chaired)\s+by\s+(?:the\s+|its\s+|their\s+)?|(?<![\w'’.-]))(?:(?!(?:{TITLE})\s)(?P<aff>[A-Z][\w'’.-]+(?:['’]s)?)\s+)?"
    rf"(?P<title>{TITLE}|{_SECRETARY})\s+(?:for|of|on|in\s+charge\s+of)\s+(?:the\s+)?"
    rf"(?P<of>(?:{_PHRASE_WORD}){{1,10}})(?P<hon>{_HONORIFIC})?"
    rf"(?P<name>{_LONG_NAME})(?=\s*[,.;:)]|\s+[a-z]|\s*$)")
#: The last word of every title: one must stand right before the title's "for / of / on / in (charge of)"
_LAST_WORDS = frozenset({t.split()[-1].lower() for t in _TITLES} | {"secretary", "under-secretary"})
_PREPS = frozenset({"for", "of", "on", "in"})


class _TitledPattern(Gated):
    """`Gated`, and then tried only where a title's last word stands before its preposition: the trie of titles is
    slow to try at every word, and a sentence seldom holds the pair (a necessary condition: the output is the
    pattern's)."""

    __slots__ = ()

    def finditer(self, text: str, *args):
        words = words_of(text)
        if words is not None and self.words.isdisjoint(words):
            return iter(())
        return self.re.finditer(text, *args) if _title_before_preposition(text) else iter(())


@per_article
def _title_before_preposition(text: str) -> bool:
    """Whether a title's last word stands right before "for", "of", "on" or "in" in `text` (cached: a sentence is read
    several times)."""
    split = text.lower().split()
    return any(w in _LAST_WORDS and n in _PREPS for w, n in zip(split, split[1:]))


#: Tried only on a sentence holding a title's first word and a title's last word before its preposition
LONG_TITLE = _TitledPattern(_PATTERN, frozenset({re.findall(r"\w+", t.lower())[0] for t in _TITLES} | {"assistant", "under", "deputy", "principal"}))

__all__ = ["LONG_TITLE"]
