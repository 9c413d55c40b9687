"""Fast paths of extraction must give what the slow ones they replace give: page stamps read without dateutil, words
folded a text at a time, weekdays found without relativedelta."""
from __future__ import annotations

import datetime as dt
import warnings

import pytest
from dateutil import parser as dateutil_parser

from tracker.extract.article import ZONES, _plain_stamp, parse_timestamp
from tracker.extract.lexicon import fold_word, tokens

MONTHS = ["Jan", "Jan.", "January", "Feb", "February", "March", "Apr", "May", "Jun", "June", "July", "Aug", "Sep", "Sep.",
          "Sept", "September", "Oct", "November", "Dec", "December", "Junk", "Mayo"]


def _dateutil(text: str, default_year: int | None) -> dt.datetime | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stamp = dateutil_parser.parse(text, fuzzy=True, default=dt.datetime(default_year or 2000, 1, 1), tzinfos=ZONES)
    except (ValueError, OverflowError):
        return None
    return stamp.replace(tzinfo=None)


@pytest.mark.parametrize("shape", ["{d} {m}{y}{t}", "{m} {d}{y}{t}"])
def test_plain_shapes_read_as_dateutil_reads_them(shape: str) -> None:
    read = 0
    for month in MONTHS:
        for day in ("1", "9", "22", "30", "31", "0", "32"):
            for year in ("", " 2023", ", 2024"):
                for time in ("", " 16:13", ", 09:05", " 23:59:10", " 24:10"):
                    text = shape.format(d=day, m=month, y=year, t=time)
                    for default in (None, 2021) if year else (2021,):
                        plain = _plain_stamp(text, default)
                        if plain is False:
                            continue
                        read += 1
                        assert plain == _dateutil(text, default), text
    assert read > 500  # the fast path is taken, not skipped for every shape


def test_page_stamps_and_dateline_days() -> None:
    assert parse_timestamp("22 Jun 2023 16:13") == dt.datetime(2023, 6, 22, 16, 13)
    assert parse_timestamp("June 22", default_year=2023) == dt.datetime(2023, 6, 22)
    assert parse_timestamp("Published: March 3, 2024") == dt.datetime(2024, 3, 3)
    assert parse_timestamp("22 Jun 2023 16:13 MSK") == dt.datetime(2023, 6, 22, 13, 13)  # a zone: dateutil reads it
    assert parse_timestamp("June 22") is None  # no year and none given: not a timestamp


@pytest.mark.parametrize("text", ["Lavrov’s talks in Astana", "ÖZTÜRK met Çavuşoğlu", "the U.S.-Russia TALKS, Geneva", ""])
def test_tokens_fold_every_word_as_fold_word_does(text: str) -> None:
    import re

    expected = [(*m.span(), fold_word(m[0])) for m in re.finditer(r"\w+(?:[.'’-]\w+)*", text)]
    assert tokens(text) == expected


def test_weekday_from_is_what_relativedelta_gives() -> None:
    from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

    from tracker.extract.date_parts import weekday_from

    for k in range(21):
        day = dt.date(2024, 2, 20) + dt.timedelta(days=k)
        for weekday in (MO, TU, WE, TH, FR, SA, SU):
            for step in (+1, -1):
                assert weekday_from(day, weekday.weekday, step) == day + relativedelta(weekday=weekday(step))


def test_a_word_gate_is_made_of_the_words_its_pattern_shares_not_of_common_ones() -> None:
    import re

    from tracker.extract.prefilter import required_words

    gate = required_words(re.compile(r"\b(?:(?:will|to|would)\s+(?:also\s+)?visit|on\s+(?:his|her)\s+way\s+to)\b"))
    assert gate == frozenset({"visit", "way"})  # not "to", "will", "his": every sentence holds those
    assert required_words(re.compile(r"\b(?:is|are)\s+held\b")) == frozenset({"held"})


def test_title_patterns_gate_on_title_words_and_keep_every_match() -> None:
    import re

    from tracker.extract.names import title_gated

    pattern = title_gated(re.compile(r"\b(?P<title>(?i:envoy|foreign minister))(?=\s*(?:,|said)\b)"), ("said",))
    assert pattern.search("The weather was fine on Tuesday.") is None  # no title word: not searched
    assert pattern.search("The Foreign Minister said so.").group("title") == "Foreign Minister"
    assert pattern.search("the envoysaid it") is not None  # a title glued to the verb is one word: still found
