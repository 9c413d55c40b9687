"""A place told past another dated verb of the sentence is that verb's (round 186; docs/extraction.md, "Dateline city
and venue"). "Chile and Peru held talks on March 11, a week after their ministers met in Quito on March 4" placed
both meetings in Quito: the venue was the nearest "in <place>" in the whole sentence. A place with another verb that
owns a date of its own between it and the event's verb is now no venue of the event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [(c.first, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events]


def test_the_place_of_the_earlier_meeting_is_its_own(lexicon) -> None:
    body = "Chile and Peru held talks on March 11, a week after their ministers met in Quito on March 4."
    assert _venues(body, lexicon) == [(dt.date(2023, 3, 11), None), (dt.date(2023, 3, 4), "Quito")]


def test_a_place_after_an_undated_verb_is_still_the_events(lexicon) -> None:
    """A guard: a verb with no date of its own fences nothing ("signed … after talks in Lima")."""
    body = "Chile and Peru signed a border accord on March 11 after talks in Lima."
    assert _venues(body, lexicon)[0] == (dt.date(2023, 3, 11), "Lima")
