"""Short paragraphs with a date (round 47): a sentence near the top that carries a date is no timestamp line, so its
event is kept; an accord that takes effect or comes into force on a day is an `other` event; texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.article import parse_timestamp
from tracker.extract.lexicon import Lexicon


def test_a_short_sentence_with_a_date_is_kept(lexicon) -> None:
    extraction = extract_own("The deal, signed in July 2022, allowed fish exports.", lexicon)
    assert [(c.event_type, c.first, c.last) for c in extraction.events] == \
        [("agreement", dt.date(2022, 7, 1), dt.date(2022, 7, 31))]


@pytest.mark.parametrize("line, stamp", [
    ("Thursday, June 3, 2021 | 09:09", dt.datetime(2021, 6, 3, 9, 9)),
    ("Published on 22 August 2017 by John Doe.", dt.datetime(2017, 8, 22)),
    ("Talks will resume on March 5, 2023.", None),
])
def test_timestamp_lines_and_sentences(line: str, stamp, lexicon) -> None:
    """Guards and the fix: timestamp lines (with a byline) stay timestamps; a sentence is none."""
    assert parse_timestamp(line) == stamp


@pytest.mark.parametrize("sentence", ["The truce took effect on Tuesday.", "The accord came into force on Tuesday."])
def test_an_accord_taking_effect_is_an_event(sentence: str, lexicon) -> None:
    extraction = extract_own(f"Chile and Peru signed an accord last year. {sentence}", lexicon)
    assert ("other", dt.date(2023, 5, 9)) in [(c.event_type, c.first) for c in extraction.events]


@pytest.mark.parametrize("line, stamp", [
    ("October 14, 2019 - 16:16 AMT", dt.datetime(2019, 10, 14, 12, 16)),  # Armenia, UTC+4
    ("14 October 2019, 16:16 MSK", dt.datetime(2019, 10, 14, 13, 16)),
    ("October 14, 2019 - 16:16 QQT", dt.datetime(2019, 10, 14, 16, 16)),  # a zone nobody knows: the time as printed
])
def test_a_page_time_with_an_agency_zone_is_read_in_that_zone_and_says_nothing(line: str, stamp) -> None:
    """dateutil knows no 'AMT': it printed UnknownTimezoneWarning on the terminal of `tracker extract`."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_timestamp(line) == stamp
