"""Round 1131: a gathering dated by the day it ended, whose own evidence tells in another sentence that it began on an
earlier day ("… concluded on Thursday without a peace treaty." + "The fourth round of talks … started in Almaty on
Wednesday."), runs from that day (`closings.join_told_starts`, the mirror of round 1056's `join_told_ends`).
Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.closings import join_told_starts

_HERE = dt.date(2023, 5, 12)
_ENDED = "Negotiations between Peru and Chile in Lima concluded on Thursday without a deal."


def _round(first: dt.date, *later: str, first_sentence: str = _ENDED) -> Candidate:
    return Candidate("talk_round", 0, 0, first=first, last=first, precision="day", dated_by="text",
                     evidence=[first_sentence, *later])


def test_through_the_pipeline(lexicon) -> None:
    body = ("Negotiations between Armenia and Azerbaijan in Almaty, hosted by Kazakhstan, concluded on Thursday without a "
            "peace treaty. The fourth round of talks between Armenia and Azerbaijan started in Almaty on Wednesday.")
    spans = [(c.first, c.last) for c in extract_own(body, lexicon, learned=False).events if c.event_type == "talk_round"]
    assert spans == [(dt.date(2023, 5, 10), dt.date(2023, 5, 11))]


def test_began_with_a_place_between() -> None:
    c = _round(dt.date(2023, 5, 11), "The third round of talks between Peru and Chile began in Lima on Tuesday.")
    join_told_starts([c], _HERE)
    assert (c.first, c.last) == (dt.date(2023, 5, 9), dt.date(2023, 5, 11))


def test_opened_with_its_day() -> None:
    c = _round(dt.date(2023, 5, 11), "The talks opened on May 8 under Brazilian mediation.")
    join_told_starts([c], _HERE)
    assert (c.first, c.last) == (dt.date(2023, 5, 8), dt.date(2023, 5, 11))


def test_guard_a_resumption_keeps_its_day() -> None:
    c = _round(dt.date(2023, 5, 11), "The third round of talks began on May 8.",
               first_sentence="Peru and Chile resumed their talks in Lima on Thursday.")
    join_told_starts([c], _HERE)
    assert (c.first, c.last) == (dt.date(2023, 5, 11), dt.date(2023, 5, 11))


def test_guard_a_start_weeks_before() -> None:
    c = _round(dt.date(2023, 5, 11), "The third round of talks began on April 2.")
    join_told_starts([c], _HERE)
    assert c.first == dt.date(2023, 5, 11)


def test_guard_a_start_not_named_as_the_subject() -> None:
    c = _round(dt.date(2023, 5, 11), "Brazil said the process began on Tuesday.")
    join_told_starts([c], _HERE)
    assert c.first == dt.date(2023, 5, 11)
