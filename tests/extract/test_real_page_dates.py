"""The page's own date when no header gives one (round 67): pages pasted as they are print their date in many places
(a short line of its own, after "Updated:", inside the agency's parentheses, the pages store's " date 2023-05-11 "
marker, after the headline's menu) and the parser looked only at the first three short blocks, so most pages pasted
without a `published:` line gave no dated event at all; and a year-less dateline in a text that names years takes the
first fitting year from the latest one named, not the latest past occurrence. Layouts of our own."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import page_date, parse_text
from tests.extract.own_text import extract_text


def _anchor(text: str) -> dt.date | None:
    return parse_text(text, "own").anchor


def test_the_store_marker_dates_the_page() -> None:
    assert _anchor(" date 2021-03-04 Chile and Peru held talks in Arica on Wednesday, officials said.") == dt.date(2021, 3, 4)


def test_a_date_line_below_a_menu_and_a_headline() -> None:
    text = ("Home | World | Politics | Sport | Culture | Weather | Contact us | About us | Archive\n\n"
            "Chile and Peru resume border talks\n\nBy Staff Writer\n\nPhoto: Reuters\n\n14 Nov, 2019 08:15\n\n"
            "Chile and Peru resumed border talks in Arica on Wednesday.")
    assert _anchor(text) == dt.date(2019, 11, 14)


def test_dates_in_the_ways_pages_print_them() -> None:
    assert page_date("Politics\nUpdated: 05-03-2020 11:20 IST\nBody") == dt.datetime(2020, 3, 5)
    assert page_date("Body\n07/04/21\nMore") == dt.datetime(2021, 7, 4)
    assert page_date("LIMA (News Agency / Wire - 21st March, 2018) Chile and Peru met.") == dt.datetime(2018, 3, 21)
    assert page_date("Some long opening line of the page that goes on and on about the talks. Tuesday, June 6, 2017 | 10:04") \
        == dt.datetime(2017, 6, 6)


def test_a_date_inside_a_sentence_is_not_the_page_date() -> None:
    """A guard: "On March 10, 2022, a meeting was held" dates the meeting, not the page."""
    assert page_date("On March 10, 2022, a meeting was held between the ministers of Chile and Peru.") is None


def test_a_yearless_dateline_takes_the_first_fitting_year_from_the_latest_named(lexicon) -> None:
    text = ("LIMA, March 10 (Wire) - Chile and Peru ended their talks in Lima on Friday, a year after they resumed them "
            "in 2016.")
    extraction = extract_text(text, lexicon, today=dt.date(2026, 12, 1))
    assert extraction.article.anchor == dt.date(2017, 3, 10)
