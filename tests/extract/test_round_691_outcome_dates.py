"""Round 691: an accord that a gathering told just before "resulted in" takes that gathering's days (and place), as
the guideline dates it. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _agreements(body: str, lexicon, published: str = "2023-05-12") -> list[tuple]:
    extraction = extract_own(body, lexicon, published=published)
    return [(c.first, c.last, c.venue[0] if c.venue else None) for c in extraction.events if c.event_type == "agreement"]


def test_the_round_named_by_its_town_dates_its_accord(lexicon) -> None:
    body = ("Chile and Peru opened a second round of talks in Lima on Thursday.\n\n"
            "It follows a first round of negotiations held in Quito on April 20-21, mediated by Ecuador.\n\n"
            "The Quito round resulted in a ceasefire agreement and a pledge to meet again in Bolivia.")
    assert _agreements(body, lexicon) == [(dt.date(2023, 4, 20), dt.date(2023, 4, 21), "Quito")]


def test_that_meeting_led_to_a_truce(lexicon) -> None:
    body = ("Envoys of the two sides met in Geneva last Tuesday under UN auspices.\n\n"
            "That meeting eventually led to a truce along the border.")
    assert [first for first, _, _ in _agreements(body, lexicon)] == [dt.date(2023, 5, 9)]


def test_talks_that_culminated_in_a_deal(lexicon) -> None:
    body = ("The government and the rebels held negotiations in Nairobi from 2 to 5 May.\n\n"
            "The negotiations culminated in a deal on prisoners, officials said.")
    assert [(first, last) for first, last, _ in _agreements(body, lexicon)] == [(dt.date(2023, 5, 2), dt.date(2023, 5, 5))]


def test_guard_an_outcome_to_come_is_no_accord_of_the_round(lexicon) -> None:
    """The guard: talks that "could lead to" an accord date none."""
    body = ("The government and the rebels held negotiations in Nairobi from 2 to 5 May.\n\n"
            "The talks could lead to a truce, officials said.")
    assert _agreements(body, lexicon) == []
