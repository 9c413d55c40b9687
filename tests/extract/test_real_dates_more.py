"""Date phrases of the annotation guideline that the rules lacked (round 17), and family names written first."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.dates import find_dates
from tracker.extract.lexicon import Lexicon

ANCHOR = dt.date(2023, 5, 11)  # a Thursday


@pytest.mark.parametrize("text, first, last, precision", [
    ("talks in Oslo on Tuesday and Wednesday", dt.date(2023, 5, 9), dt.date(2023, 5, 10), "day"),
    ("a summit to be held in Lima in the fall", dt.date(2023, 9, 1), dt.date(2023, 11, 30), "month"),
    ("the accord signed last summer", dt.date(2022, 6, 1), dt.date(2022, 8, 31), "month"),
    ("they met in the spring of 2019", dt.date(2019, 3, 1), dt.date(2019, 5, 31), "month"),
    ("will hold talks in the second half of June", dt.date(2023, 6, 16), dt.date(2023, 6, 30), "month"),
    ("will hold talks in the first half of June", dt.date(2023, 6, 1), dt.date(2023, 6, 15), "month"),
    ("should be held in Lima after the 20th of next December", dt.date(2023, 12, 21), dt.date(2023, 12, 31), "month"),
    ("Talks will be held on the 15th.", dt.date(2023, 5, 15), dt.date(2023, 5, 15), "day"),
    ("Talks will be held on the 2nd.", dt.date(2023, 6, 2), dt.date(2023, 6, 2), "day"),
])
def test_guideline_date_phrases(text, first, last, precision) -> None:
    dates = find_dates(text, ANCHOR)
    assert [(d.first, d.last, d.precision) for d in dates] == [(first, last, precision)]


@pytest.mark.parametrize("text", ["since the fall of the old government", "the 16th international meeting on Syria",
                                  "Spring is a season"])
def test_phrases_that_are_no_dates(text) -> None:
    assert find_dates(text, ANCHOR) == []


def test_a_family_name_written_first_names_the_leader_later() -> None:
    text = ("published: 2023-05-11\n\nSummit\n\nSouth Korean President Moon Jae-in and North Korean leader Kim Jong Un "
            "spoke by phone on Monday.\n\nMoon and Kim met in Panmunjom on Wednesday.")
    extraction = extract_article(parse_text(text, "own"), Lexicon(), today=dt.date(2023, 6, 1))
    met = [c for c in extraction.events if c.first == dt.date(2023, 5, 10)]
    assert met and met[0].event_type == "summit"
    assert {"Moon Jae-in", "Kim Jong Un"} <= {extraction.roster.name(k) for k in met[0].actors}
