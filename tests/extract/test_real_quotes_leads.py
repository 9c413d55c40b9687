"""Round 18, on sentences of our own: a lead sentence is no headline, planned events announced inside a quote,
and the tense and month of plans ("could be tentatively held", "before the end of August" written in August)."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.dates import find_dates

TODAY = dt.date(2023, 9, 1)


def test_a_first_paragraph_that_reports_words_is_the_lead_not_a_headline() -> None:
    text = ("Norway will host the next round of the Oslo fisheries talks with Chile in mid-June, Norwegian Foreign "
            "Minister Ana Torrealba announced on Thursday.\n\nThe talks began last year.")
    article = parse_text(text, "own")
    assert article.body.startswith("Norway will host")


def test_a_short_first_line_is_still_a_headline() -> None:
    article = parse_text("Norway to host fisheries talks\n\nNorway will host talks with Chile, the minister said on Monday.", "own")
    assert article.title == "Norway to host fisheries talks"


@pytest.mark.parametrize("quote, kind, first, last", [
    ("\"We have agreed with our partners. The next round of the Astana talks will take place, as agreed, on "
     "September 21-22 in Astana,\" Torrealba said.", "talk_round", dt.date(2023, 9, 21), dt.date(2023, 9, 22)),
    ("\"We will come to the region in late October to meet both sides,\" Torrealba said.", "visit",
     dt.date(2023, 10, 21), dt.date(2023, 10, 31)),
    ("\"The envoys plan to hold a technical meeting at expert level before the end of August,\" Torrealba said.",
     "meeting", dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
])
def test_a_planned_event_announced_inside_a_quote(lexicon, quote, kind, first, last) -> None:
    text = f"published: 2023-08-24\n\nTalks\n\nNorwegian envoy Ana Torrealba spoke to reporters in Oslo on Thursday. {quote}"
    extraction = extract_article(parse_text(text, "own"), lexicon, today=TODAY)
    assert (kind, first, last) in [(c.event_type, c.first, c.last) for c in extraction.events]


def test_a_past_act_inside_a_quote_stays_context(lexicon) -> None:
    text = ("published: 2023-08-24\n\nTalks\n\n\"We met the Chilean delegation in Oslo on Monday and the talks went "
            "well,\" Norwegian envoy Ana Torrealba said on Thursday.")
    extraction = extract_article(parse_text(text, "own"), lexicon, today=TODAY)
    assert [c.event_type for c in extraction.events] == ["statement"]


@pytest.mark.parametrize("text, first", [
    ("The meeting could be tentatively held in mid-September", dt.date(2023, 9, 11)),
    ("The envoys plan to meet before the end of August", dt.date(2023, 8, 1)),
    ("The next round will take place, as previously agreed, on September 21", dt.date(2023, 9, 21)),
])
def test_the_tense_and_month_of_a_plan(text, first) -> None:
    assert [d.first for d in find_dates(text, dt.date(2023, 8, 24))] == [first]
