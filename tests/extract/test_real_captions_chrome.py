"""Photo captions and page chrome (round 41): a caption (a sentence ending in, or followed by, a photographer's credit)
is no event, and "sign in" / "sign up" in a menu sign nothing; texts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon):
    extraction = extract_text(text, lexicon)
    return [(c.event_type, c.first, c.venue[0] if c.venue else None) for c in extraction.events]


def test_a_caption_with_a_credit_after_it_is_no_event(lexicon) -> None:
    text = ("published: 2023-05-12\n\nEnvoys meet in Arica\n\n"
            "Chilean Foreign Minister Ana Ruiz visits Lima, Peru, April 3, 2021. (Jane Roe/Andes Agency) Latest News\n\n"
            "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Vera at the Arica Town Hall on Monday.")
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 8), "Arica Town Hall")]


def test_a_caption_ending_in_its_credit_gives_no_venue_to_the_event(lexicon) -> None:
    text = ("published: 2023-05-12\n\nEnvoys meet in Arica\n\n"
            "Chilean Foreign Minister Ana Ruiz meets Peruvian Foreign Minister Luis Vera in Arica, May 8, 2023. (Photo: Jane Roe)\n\n"
            "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Vera at the Arica Town Hall on Monday.")
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 8), "Arica Town Hall")]


def test_a_menu_that_says_sign_in_signs_nothing(lexicon) -> None:
    text = "published: 2023-05-12\n\nicon search icon sign in icon sign up icon share\n\nThe weather was fine in Lima on Monday."
    assert _events(text, lexicon) == []


def test_a_sentence_with_a_bracketed_aside_is_no_caption(lexicon) -> None:
    """A guard: a parenthesis without a credit leaves the sentence an event."""
    text = ("published: 2023-05-12\n\nEnvoys meet\n\nThe foreign ministers of Chile and Peru met in Arica on Monday "
            "(the first meeting this year).")
    assert [e[0] for e in _events(text, lexicon)] == ["meeting"]
