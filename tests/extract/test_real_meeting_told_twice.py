"""A meeting told twice (round 115): a first line that is a whole dated sentence ("Delegations of Chile and Peru met on
May 9 in Arica for …") was taken for the headline, so its meeting was lost; a sentence of twelve words or more that ends
with a stop and dates its act with "on <day>" is now the lead. And the same meeting told again with its people and its
town ("In Arica, the Chilean minister met the Peruvian minister") was a second meeting: an undated mention in the same
town, within two paragraphs, whose officials are of two states at least of the dated one, is that meeting. Sentences of
our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text


def _events(text: str, lexicon) -> list[tuple]:
    extraction = extract_text(text, lexicon)
    return [(c.event_type, c.first, c.venue[0] if c.venue else None) for c in extraction.events]


def test_a_dated_first_line_is_the_lead(lexicon) -> None:
    text = ("published: 2023-05-12\n\n"
            "Delegations of Chile and Peru met on May 9 in Arica for a new round of border consultations.\n"
            "The talks focused on fishing rights and the maritime boundary.\n")
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), "Arica")]


def test_the_meeting_told_again_with_its_people(lexicon) -> None:
    text = ("published: 2023-05-12\n\nBorder consultations\n\n"
            "Delegations of Chile and Peru met in Arica on Tuesday for border consultations.\n\n"
            "In Arica, Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Ana Gervasi.\n")
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), "Arica")]


def test_another_town_another_meeting(lexicon) -> None:
    """A guard: a meeting in another town with one of the states stays its own."""
    text = ("published: 2023-05-12\n\nBorder consultations\n\n"
            "Delegations of Chile and Peru met in Arica on Tuesday for border consultations.\n\n"
            "Bolivian Foreign Minister Celinda Sosa met Peruvian Foreign Minister Ana Gervasi in Lima on Tuesday.\n")
    assert [place for _, _, place in _events(text, lexicon)] == ["Arica", "Lima"]
