"""A place the sentence opens with (round 116): "In Paris, Yermak met with Kozak" (265) gave the meeting no venue, as
"In Lima, X met Y on Tuesday" did: the venue patterns read a lower-case "in" only. "In <place>," or "In <place> on
<day>," at the head of a sentence is now the place of its event, when the tables know it as a place. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _venues(body: str, lexicon) -> list:
    return [c.venue[0] if c.venue else None for c in extract_own(body, lexicon).events]


def test_a_fronted_town(lexicon) -> None:
    body = "In Lima, Bolivian Foreign Minister Celinda Sosa met Peruvian Foreign Minister Ana Gervasi on Tuesday."
    assert _venues(body, lexicon) == ["Lima"]


def test_a_fronted_town_and_day(lexicon) -> None:
    body = "In Santiago on Tuesday, Chilean President Gabriel Boric met Peruvian Foreign Minister Ana Gervasi."
    assert _venues(body, lexicon) == ["Santiago"]


def test_a_fronted_year_or_view_is_no_place(lexicon) -> None:
    """A guard: "In 2019," and "In Lima's view," name no venue."""
    assert _venues("In 2019, Chile and Peru signed a border accord.", lexicon) == [None]
    assert _venues("In Lima's view, the ministers of Chile and Peru met too late on Tuesday.", lexicon) == [None]
