"""A dateline below more page chrome than three short lines (round 68): "All news / Updated at: / headline / subtitle /
LIMA, May 9. /Wire/. …" had its dateline read as body text, so a year-less page kept no date and the dateline's day
dated nothing. The dateline is looked for in the first six blocks when none opens the first. Layouts of our own."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import parse_text


def test_a_dateline_below_chrome_lines_is_the_dateline() -> None:
    text = ("All news\nUpdated at:\n\nChile and Peru to meet on border\n\n"
            "The talks follow a year of disputes over fishing, officials said on condition of anonymity\n\n"
            "Menu\n\nLIMA, May 9. /Wire/. Chile and Peru will hold border talks in Arica on Friday, a diplomatic source said.")
    article = parse_text(text, "own")
    assert article.dateline_place == "Lima"
    assert article.dateline_text == "May 9"
    assert article.paragraphs[-1].startswith("Chile and Peru will hold")


def test_a_sentence_that_opens_with_a_capital_word_is_no_dateline() -> None:
    """A guard: a body paragraph further down is never taken for a dateline without an agency or a date."""
    text = "Chile and Peru to meet\n\nThe talks were announced on Monday.\n\nARICA is the venue of the talks, officials said."
    assert parse_text(text, "own").dateline_place is None
