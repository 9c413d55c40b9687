"""Round 998: a row of language names above the headline is a language switcher, not the headline.

Multilingual sites (the UN, foreign ministries, the Kremlin) set above an article the languages it is offered in, each
in its own name and script ("English Français Español", "عربي | 中文 | Русский"); a row of four or more such words was
taken for the headline, which hid the real one from every rule that reads it. Pages of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text
from tracker.extract.headline_choice import headline_like


@pytest.mark.parametrize("line", [
    "عربي Español Русский Français 简体中文",
    "English | Français | Español | Русский",
    "English Deutsch Français Italiano",
    "Қазақша Русский English Türkçe",
])
def test_a_row_of_languages_is_no_headline(line: str) -> None:
    assert not headline_like(line)


def test_the_headline_under_a_language_row_is_taken() -> None:
    page = ("published: 2023-05-12\n\nEnglish Français Español Русский 中文\n\n"
            "Kazakhstan and Kyrgyzstan Hold the Ninth Round of Border Consultations\n\n2023-05-12 18:40\n\n"
            "On May 12, 2023, the two delegations held the ninth round of border consultations in Almaty.")
    assert parse_text(page, "own").title == "Kazakhstan and Kyrgyzstan Hold the Ninth Round of Border Consultations"


def test_a_headline_naming_languages_stays_one() -> None:  # guard: a headline about languages is still a headline
    assert headline_like("Kazakhstan makes Russian and English official languages of the talks")
