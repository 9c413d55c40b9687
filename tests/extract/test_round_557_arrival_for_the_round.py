"""A delegation's arrival for talks that begin later (round 557): a headline and dateline "… Delegation Arrives in
Santiago for Third Round of Border Talks LIMA, Peru, May 11 (agency) …" with, below, "the third round … scheduled to
begin in the Chilean capital next Saturday" made one round dated 11 May, the arrival's day. The arrival belongs to the
talks (docs/extraction.md, "Types"), and the talks keep their own day when the text gives it. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text

ARRIVAL = ("published: 2023-05-11\n\nPeruvian Delegation Arrives in Santiago for Third Round of Border Talks LIMA, Peru, May 11 "
           "(agency) A Peruvian delegation, headed by Luis Vega, director of the Chile division of the Peruvian Foreign "
           "Ministry, arrived today in Santiago.")
START = ("\n\nPeru hopes for answers on fishing rights at the third round of border talks between Lima and Santiago, "
         "scheduled to begin in the Chilean capital next Saturday.")


def _round(text: str, lexicon):
    return next(c for c in extract_text(text, lexicon).events if c.round_number == 3)


def test_the_round_takes_the_day_it_begins_not_the_arrival(lexicon) -> None:
    third = _round(ARRIVAL + START, lexicon)
    assert (third.first, third.status) == (dt.date(2023, 5, 13), "scheduled")


def test_an_arrival_alone_still_dates_the_round(lexicon) -> None:
    """A guard: with no day of its own in the text, the round keeps the arrival's."""
    assert _round(ARRIVAL, lexicon).first == dt.date(2023, 5, 11)
