"""The dateline's country named as "the country" (round 72): "who is on a visit to the country" under a LIMA dateline
was held in Peru, as the guideline has it ("a country when only the country is given"); the pages store's " date
2023-05-11 " marker before a page no longer hides the dateline after it. Layouts of our own."""
from __future__ import annotations

from tracker.extract.article import parse_text
from tests.extract.own_text import extract_text


def test_a_visit_to_the_country_under_a_dateline(lexicon) -> None:
    text = ("published: 2023-05-12\n\nLIMA, May 12 (Wire) - Peruvian Foreign Minister Luis Vera has met Chilean Foreign "
            "Minister Ana Soto, who is on a visit to the country for the border talks, the ministry said.")
    extraction = extract_text(text, lexicon)
    meeting = next(c for c in extraction.events if c.event_type == "meeting")
    assert meeting.venue == ("Peru", "PER")


def test_the_store_marker_does_not_hide_the_dateline() -> None:
    article = parse_text(" date 2023-05-12 LIMA, May 12 (Wire) - Chile and Peru met in Arica on Friday.", "own")
    assert article.dateline_place == "Lima"


def test_the_country_without_a_dateline_is_no_venue(lexicon) -> None:
    """A guard: with no dateline, "the country" names nothing."""
    text = ("published: 2023-05-12\n\nPeruvian Foreign Minister Luis Vera has met Chilean Foreign Minister Ana Soto, who is "
            "on a visit to the country for the border talks, the ministry said.")
    meeting = next(c for c in extract_text(text, lexicon).events if c.event_type == "meeting")
    assert meeting.venue is None
