"""A numbered round whose start and end one sentence tells (round 159): "The first round of the border talks, which had
started on May 3, concluded on Saturday" spans May 3 to that Saturday, as the same sentence without the number already
did; two mentions of one numbered round in two sentences still keep the more precise date. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last, c.round_number) for c in extract_own(body, lexicon, published="2023-05-14").events
            if c.event_type == "talk_round"]


def test_a_first_round_that_started_and_concluded(lexicon) -> None:
    body = ("The first round of the border talks between Chile and Peru, which had started on May 3, concluded on "
            "Saturday afternoon at the Palais des Nations in Geneva.")
    assert _rounds(body, lexicon) == [(dt.date(2023, 5, 3), dt.date(2023, 5, 13), 1)]


def test_a_numbered_round_told_in_two_sentences(lexicon) -> None:
    """A guard: the fourth round "on Saturday" and "in May" elsewhere is the Saturday."""
    body = ("The fourth round of the border talks between Chile and Peru ended in Geneva on Saturday.\n\n"
            "The fourth round of the talks was held in May.")
    assert _rounds(body, lexicon) == [(dt.date(2023, 5, 13), dt.date(2023, 5, 13), 4)]
