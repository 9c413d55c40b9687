"""`prefilter.fast_start` on a pattern that begins with a lookbehind (s22): `re` has no first character to skip to there
and tries every lookbehind at every position, so the possible first characters are tested first, with the same matches;
a pattern with global flags, a verbose one, or one that may begin with any letter is left as it is."""
import re

from tracker.extract.date_parts import PART_PATTERNS
from tracker.extract.prefilter import fast_start

SENTENCES = [
    "The 2015 nuclear deal and their 2018 Revitalized Agreement, Iran's 2007 summit and its 1999 treaty.",
    "In 2019 the parties met; the 2020 talks, (as agreed) and, in Geneva, who had arrived on Monday.",
    "His 2021 accord, her 2022 deal, our 2023 truce: the 2024 ceasefire held since 2016.",
    "",
]
PATTERNS = [
    dict(PART_PATTERNS)["year_noun"],  # "the 2015 deal": six lookbehinds, some 140 ns a character before
    re.compile(r"(?<=,\s)who\s+(?:had\s+)?arrived"),
    re.compile(r"\([^()]{1,40}\)|(?<=[A-Za-z]),\s+(?=in\s)"),
]


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]


def test_a_lookbehind_first_pattern_tests_its_first_characters_and_finds_the_same():
    for pattern in PATTERNS:
        fast = fast_start(pattern)
        assert fast.pattern.startswith("(?=") and fast.groupindex == pattern.groupindex
        for text in SENTENCES:
            assert _found(fast, text) == _found(pattern, text)
    assert len(_found(PATTERNS[0], SENTENCES[0])) == 4 and len(_found(PATTERNS[0], SENTENCES[2])) == 3  # (not "His")


def test_a_lookbehind_first_pattern_it_cannot_help_is_left():
    for source in (r"(?i)(?<!over )\b(?:two|three)", r"(?<![\w-])[A-Z][a-z]+", r"(?<=\s)\w+"):
        pattern = re.compile(source)
        assert fast_start(pattern) is pattern
    verbose = re.compile(r"(?<=,\s)who  # a comment", re.X)
    assert fast_start(verbose) is verbose
