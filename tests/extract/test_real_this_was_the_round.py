"""A sentence that numbers the gathering just told (round 157): "This was the fifth round of the Chile-Peru border
talks." after "The corps commanders … met at … on Tuesday" gave a second, undated round of its own, and the meeting no
number. It is now that gathering, a round with its number; a numbered round told as another one stays apart. Sentences of our
own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.round_number) for c in extract_own(body, lexicon).events]


def test_this_was_the_fifth_round(lexicon) -> None:
    body = ("The corps commanders of Chile and Peru met at the Visviri border on Tuesday to discuss the patrols.\n\n"
            "This was the fifth round of the Chile-Peru border talks.")
    assert _events(body, lexicon) == [("talk_round", dt.date(2023, 5, 9), 5)]


def test_a_round_planned_in_another_sentence_stays_apart(lexicon) -> None:
    """A guard."""
    body = ("The corps commanders of Chile and Peru met at the Visviri border on Tuesday to discuss the patrols.\n\n"
            "Their fifth round of border talks will be held in Lima in June.")
    assert [(day, n) for _, day, n in _events(body, lexicon)] == [(dt.date(2023, 5, 9), None), (dt.date(2023, 6, 1), 5)]
