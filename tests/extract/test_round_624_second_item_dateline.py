"""A second wire item on one page, under its own dated dateline (round 624): "Quito, Ecuador, May 8 (Prensa Andina) …
said today" below an item of May 10 read "today" as the page's day. A paragraph below the first that opens with a
dateline giving a day and an agency starts an item of its own, whose "today", "yesterday" and weekdays count from that
day, for it and the paragraphs after it. Pages of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text

PAGE = ("published: 2023-05-10\n\nRegional news\n\n"
        "LIMA, May 10 (Reuters) - The foreign ministers of Chile and Peru met in Lima today.\n\n"
        "{dateline} Ecuador's foreign minister said yesterday that Ecuador will host the next round of talks with Peru.\n\n"
        "The ministers of Ecuador and Peru also met in Quito on Sunday.")


def _days(page: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first) for c in extract_text(page, lexicon).events]


def test_a_second_item_counts_from_its_own_day(lexicon) -> None:
    days = _days(PAGE.format(dateline="Quito, Ecuador, May 8 (Prensa Andina)"), lexicon)
    assert ("meeting", dt.date(2023, 5, 10)) in days
    assert ("announcement", dt.date(2023, 5, 7)) in days
    assert ("meeting", dt.date(2023, 5, 7)) in days


def test_an_upper_case_dateline_with_a_dash_counts_too(lexicon) -> None:
    days = _days(PAGE.format(dateline="QUITO, May 5 (EFE) -"), lexicon)
    assert ("announcement", dt.date(2023, 5, 4)) in days
    assert ("meeting", dt.date(2023, 4, 30)) in days


def test_a_paragraph_that_opens_with_a_place_but_no_day_keeps_the_page_day(lexicon) -> None:
    """A guard: "In Quito, …" is no dateline; the page's day still counts."""
    days = _days(PAGE.format(dateline="In Quito, officials were upbeat."), lexicon)
    assert ("announcement", dt.date(2023, 5, 9)) in days
