"""An event dated by the sentence after it (round 394): "… follows a second meeting of the foreign ministers of Chile and
Peru in Arica. This happened in March." left that meeting undated: the date stood in a sentence with no event of its
own. A sentence whose subject is only "This", "That" or "It" and whose verb says that something happened ("happened",
"took place", "occurred") now dates the one undated event of the sentence before it. Sentences of our own, published
Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last, c.precision) for c in extract_own(body, lexicon).events]


def test_this_happened_dates_the_event_before(lexicon) -> None:
    body = ("The border commission resumed its work in Lima on Thursday. The session follows a second meeting of the "
            "foreign ministers of Chile and Peru in Arica. This happened in March.")
    assert (dt.date(2023, 3, 1), dt.date(2023, 3, 31), "month") in _spans(body, lexicon)


def test_took_place_with_a_day(lexicon) -> None:
    body = ("The border commission resumed its work in Lima on Thursday. The session follows a second meeting of the "
            "foreign ministers of Chile and Peru in Arica. That took place on 3 February 2021.")
    assert (dt.date(2021, 2, 3), dt.date(2021, 2, 3), "day") in _spans(body, lexicon)


def test_a_sentence_with_an_event_of_its_own_dates_nothing_else(lexicon) -> None:
    """A guard: "It happened as the ministers met in Lima on Tuesday" tells an event of its own."""
    body = ("The border commission resumed its work in Lima on Thursday. The session follows a second meeting of the "
            "foreign ministers of Chile and Peru in Arica. It happened as the two presidents met in Quito on Tuesday.")
    assert [first for first, _, _ in _spans(body, lexicon)] == [None, dt.date(2023, 5, 9)]
