"""Round 1233: two more agency-dateline shapes. A page pasted with single line breaks, whose headline, byline or time
lines run into the dateline in one block ("Headline\\nBy Jane Roe\\nGENEVA (AP) - ..."), has its dateline read: the lines
before it are lines of their own (the headline, a byline), the dateline's agency the publisher. An agency in capitals
followed by the sentence with no mark between ("ALMATY. KAZINFORM The ...", as Kazinform prints it) is read too.

Guards: a wrapped block whose lines hold no agency dateline stays one block (its first sentence still the body's); a
capitalised word after a city that is no agency ("OSLO. NORWAY The ...") names no publisher; a short agency name in
capitals needs its mark ("ANKARA. AA The ..." is not read as an agency). Sentences of our own, through `parse_text`.
"""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text

PUBLISHED = "published: 2023-05-12\n\n"


@pytest.mark.parametrize("head, publisher, place", [
    ("Ministers agree to reopen the border crossing\nBy Jane Roe and John Doe\nTIRANA (AP) — ", "AP", "Tirana"),
    ("06:15 GMT 12.05.2023\nSKOPJE (Sputnik) - ", "Sputnik", "Skopje"),
    ("(LEAD) Border crossing to reopen\nBy Park Min-su\nINCHEON, May 12 (Yonhap) -- ", "Yonhap", "Incheon"),
])
def test_a_dateline_run_into_its_headline_is_read(head: str, publisher: str, place: str) -> None:
    text = (f"{head}The two foreign ministers agreed on Friday to reopen\nthe border crossing closed since the winter, "
            "officials said.\n\nThe crossing will open next month.")
    article = parse_text(PUBLISHED + text, "own")
    assert (article.publisher, article.dateline_place) == (publisher, place)
    assert article.body.split("\n\n")[-2].startswith("The two foreign ministers")


def test_a_wrapped_block_without_a_dateline_stays_whole() -> None:
    text = ("The two foreign ministers agreed on Friday to reopen\nthe border crossing closed since the winter,\n"
            "officials in Tirana said, adding that the crossing would open next month after repairs to the road.")
    article = parse_text(PUBLISHED + text, "own")
    assert (article.publisher, article.dateline_place) == (None, None)
    assert article.body.startswith("The two foreign ministers")


@pytest.mark.parametrize("dateline, publisher", [("ALMATY. KAZINFORM", "Kazinform"), ("GANJA. AZERTAC", "AZERTAC")])
def test_an_unmarked_agency_in_capitals_is_read(dateline: str, publisher: str) -> None:
    article = parse_text(f"{PUBLISHED}Crossing\n\n{dateline} The two ministers agreed to reopen the border crossing.", "own")
    assert article.publisher == publisher and article.body.startswith("The two ministers")


@pytest.mark.parametrize("dateline", ["OSLO. NORWAY", "ANKARA. AA"])
def test_an_unmarked_word_after_a_city_is_no_agency(dateline: str) -> None:
    article = parse_text(f"{PUBLISHED}Crossing\n\n{dateline} The two ministers agreed to reopen the border crossing.", "own")
    assert article.publisher is None
