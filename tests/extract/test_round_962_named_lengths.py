"""Round 962: "the two-day consultations", "the four-day talks" named anywhere in a sentence after the one that dates
the gathering by one day give its length.

News copy dates a gathering by its opening day in the lead ("opened in Vienna on Thursday", "will take place in Seoul
on Tuesday") and tells its length later by a definite noun phrase, often inside the sentence ("…, while the two-day
consultations proceed", "will lead the delegation in the four-day talks"). The gathering is the N days from its first
day (docs/extraction.md, "Dates": a range is read by both its ends), or the N days to it when its sentence says it
ended that day. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list:
    return [(c.first, c.last) for c in extract_own(body, lexicon).events if c.event_type in ("meeting", "talk_round", "summit")]


@pytest.mark.parametrize("body, span", [
    ("A new round of talks on the Transnistrian settlement opened in Vienna on Thursday. The sides have not agreed on an "
     "agenda, while the two-day consultations go on amid tension.", (dt.date(2023, 5, 11), dt.date(2023, 5, 12))),
    ("The 12th round of inter-Korean talks will take place in Seoul on Tuesday. The unification minister will lead the "
     "South's delegation in the four-day talks.", (dt.date(2023, 5, 16), dt.date(2023, 5, 19))),
    ("The foreign ministers of the two countries met in Lima on Monday. Trade was high on the agenda of the two-day "
     "meeting, officials said.", (dt.date(2023, 5, 8), dt.date(2023, 5, 9))),
    ("Negotiators wrapped up a new round of talks in Doha on Wednesday. Diplomats called the three-day negotiations "
     "constructive.", (dt.date(2023, 5, 8), dt.date(2023, 5, 10))),
])
def test_a_named_length_later_gives_the_span(body: str, span: tuple, lexicon) -> None:
    assert _spans(body, lexicon) == [span]


def test_a_length_of_another_gathering_is_not_taken(lexicon) -> None:  # guard: the later gathering is told of its own
    body = ("The foreign ministers of the two countries met in Lima on Monday. They agreed to hold a summit in Quito "
            "next month, and the two-day summit will be the first in a decade.")
    assert (dt.date(2023, 5, 8), dt.date(2023, 5, 8)) in _spans(body, lexicon)


def test_a_round_to_come_dated_by_its_last_day(lexicon) -> None:  # "will end … on Friday": the N days to that day
    body = ("The 12th round of talks will end in Geneva on Friday, May 19. The minister will lead the delegation in the "
            "three-day talks.")
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 17), dt.date(2023, 5, 19))]


def test_to_end_a_war_is_no_closing(lexicon) -> None:  # guard: "will end the pause" is no closing day of the round
    body = ("The 12th round of talks, which will end a long pause, opens in Geneva on Tuesday. The minister will lead "
            "the delegation in the three-day talks.")
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 16), dt.date(2023, 5, 18))]
