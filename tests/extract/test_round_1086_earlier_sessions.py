"""Round 1086: an earlier session of the series the article tells, named by a pronoun or a bare noun ("the previous one
took place in early March in Lima", "The first took place on January 26 in Quito", "the last of which was held on
April 3-4", "The most recent gathering took place in Bogota on March 9") is a gathering of its own
(`earlier_sessions.py`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days

_LEAD = "Delegations of Chile and Peru held the third round of border talks in Santiago on Tuesday. "
_GATHERINGS = ("meeting", "talk_round", "summit")


def _gathering_days(body: str, lexicon) -> set:
    return {day for kind, day in typed_days(body, lexicon) if kind in _GATHERINGS}


def test_the_previous_one(lexicon) -> None:
    body = _LEAD + "Officials called it a useful exchange and noted that the previous one took place in early March in Lima."
    assert dt.date(2023, 3, 1) in _gathering_days(body, lexicon)


def test_the_first_took_place(lexicon) -> None:
    body = _LEAD + "The first took place on January 26 in Quito."
    assert dt.date(2023, 1, 26) in _gathering_days(body, lexicon)


def test_the_last_of_which(lexicon) -> None:
    body = _LEAD + "Lima has hosted four rounds of the talks, the last of which was held on April 3-4."
    assert dt.date(2023, 4, 3) in _gathering_days(body, lexicon)


def test_the_most_recent_gathering(lexicon) -> None:
    body = _LEAD + "The most recent gathering took place in Bogota on March 9."
    assert dt.date(2023, 3, 9) in _gathering_days(body, lexicon)


def test_guard_the_next_one_is_a_plan(lexicon) -> None:
    """A guard: "the last one will take place" is a plan, not an earlier session."""
    body = _LEAD + "The last one will take place in Lima on June 20."
    assert dt.date(2023, 6, 20) not in _gathering_days(body, lexicon)


def test_guard_a_suspended_round(lexicon) -> None:
    """A guard: the day a round was suspended is no session held."""
    body = _LEAD + "The previous round of the talks was suspended in February."
    assert dt.date(2023, 2, 1) not in _gathering_days(body, lexicon)


def test_guard_a_round_of_something_else(lexicon) -> None:
    body = _LEAD + "The last round of family reunions took place in 2018."
    assert dt.date(2018, 1, 1) not in _gathering_days(body, lexicon)
