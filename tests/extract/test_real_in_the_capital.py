"""The capital named alone under a dateline that is one (round 188; docs/extraction.md, "Dateline city and venue": a
dateline city is the venue when the text says the event happened there). "ANKARA, May 12 (Reuters) - X met Y in the
capital on Tuesday" gave no venue, where "here" and "in the city" give the dateline. "In the capital" does so now when
the dateline is a capital; "the capital of X" and "the capital, Muscat" keep their own place. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_text


def _venues(body: str, lexicon) -> list:
    extraction = extract_text(f"published: 2023-05-12\n\nTalks\n\n{body}", lexicon)
    return [c.venue[0] if c.venue else None for c in extraction.events]


def test_in_the_capital_under_a_capital_dateline(lexicon) -> None:
    body = ("LIMA, May 12 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister "
            "Ana Gervasi in the capital on Tuesday.")
    assert _venues(body, lexicon) == ["Lima"]


def test_a_capital_that_is_not_the_datelines(lexicon) -> None:
    """A guard: under a dateline that is no capital, "in the capital" is not the dateline city."""
    body = ("CUSCO, May 12 (Reuters) - Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister "
            "Ana Gervasi in the capital on Tuesday.")
    assert _venues(body, lexicon) != ["Cusco"]
