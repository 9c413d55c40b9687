"""A planned meeting "in two weeks" and its parties told as speakers (round 103): "in two weeks" is the week two weeks on
(Monday to Sunday, day precision, as "next week"), "in three days" that day, only ahead ("met three times in two weeks"
is a duration); "X and Y said they would meet again" has X and Y as its parties, and "the ministers of X and Y said"
has both speaking. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _planned(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)  # published Friday 2023-05-12
    return [(c.first, c.last, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events if c.future]


def test_in_two_weeks_is_the_week_two_weeks_on(lexicon) -> None:
    body = "Delegations of Chile and Peru will meet again in Arica in two weeks."
    assert _planned(body, lexicon) == [(dt.date(2023, 5, 22), dt.date(2023, 5, 28), ["Chile", "Peru"])]


def test_in_three_days_is_that_day(lexicon) -> None:
    body = "Delegations of Chile and Peru will meet again in Arica in three days."
    assert _planned(body, lexicon)[0][:2] == (dt.date(2023, 5, 15), dt.date(2023, 5, 15))


def test_a_duration_in_the_past_is_no_date(lexicon) -> None:
    extraction = extract_own("Chilean and Peruvian officials met three times in two weeks.", lexicon)
    assert all(c.first is None or c.first <= dt.date(2023, 5, 12) for c in extraction.events)


def test_they_said_they_would_meet_again(lexicon) -> None:
    body = "The foreign ministers of Chile and Peru said they would meet again in Lima on May 26."
    assert _planned(body, lexicon) == [(dt.date(2023, 5, 26), dt.date(2023, 5, 26), ["Chile", "Peru"])]


def test_the_ministers_of_two_states_both_speak(lexicon) -> None:
    extraction = extract_own("The foreign ministers of Chile and Peru said on Monday the talks were useful.", lexicon)
    speech = next(c for c in extraction.events if c.event_type == "statement")
    assert sorted(extraction.roster.name(k) for k in speech.actors) == ["Chile", "Peru"]
