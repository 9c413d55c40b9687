"""Round 382 (docs/extraction.md, "Dateline city and venue"): a numbered round told inside a quote with its place
("'The 11th round … will take place later this month in Lima,' he said") had no venue; it now takes the place its
quoted sentence tells after it. A place in another sentence of the quote is none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list:
    return [(c.round_number, c.venue[0] if c.venue else None) for c in extract_own(body, lexicon).events
            if c.event_type == "talk_round"]


def test_a_quoted_round_and_its_place(lexicon) -> None:
    body = ('The Chilean minister said: "The 11th round of the negotiations is scheduled to take place later this '
            'month in Lima. We are ready."')
    assert (11, "Lima") in _rounds(body, lexicon)


def test_a_place_in_the_next_quoted_sentence(lexicon) -> None:
    """A guard: the place of another sentence of the quote is not the round's."""
    body = ('The Chilean minister said: "The 11th round of the negotiations was a success. We are ready to work in '
            'Lima."')
    assert _rounds(body, lexicon) == [(11, None)]
