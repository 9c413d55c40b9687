"""Round 1126: a gathering named right after the date a sentence opens on ("In March 2023, at the fifth round, the
delegation proposed …") takes that date, which the main clause's act took alone (`fronted_dates.py`). Sentences of our
own; published Friday 2023-05-12."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.fronted_dates import date_fronted_gathering

_HERE = dt.date(2023, 5, 12)


def _rounds(body: str, lexicon) -> list:
    """(first, last) of each gathering the rule stage reads from `body`."""
    return [(c.first, c.last) for c in extract_own(body, lexicon, learned=False).events
            if c.event_type in ("talk_round", "meeting", "summit")]


def test_a_month_then_at_the_round(lexicon) -> None:
    body = "In March 2023, at the fifth round, the Kazakh delegation proposed a new schedule for the border talks."
    assert (dt.date(2023, 3, 1), dt.date(2023, 3, 31)) in _rounds(body, lexicon)


def test_a_day_then_during_the_round(lexicon) -> None:
    body = "On 4 May, during the third round of talks, the delegation of Peru proposed a new border line."
    assert (dt.date(2023, 5, 4), dt.date(2023, 5, 4)) in _rounds(body, lexicon)


def test_through_the_function() -> None:
    sentence = "In March 2023, at the fifth round, the Kazakh delegation proposed a new schedule."
    found = [Candidate("proposal", 0, 0), Candidate("talk_round", 0, 0)]
    date_fronted_gathering(sentence, found, _HERE)
    assert (found[1].first, found[1].last) == (dt.date(2023, 3, 1), dt.date(2023, 3, 31))


def test_guard_a_plan_keeps_no_date() -> None:
    sentence = "On 20 May, at the sixth round, the delegations will sign a new schedule."
    found = [Candidate("talk_round", 0, 0)]
    date_fronted_gathering(sentence, found, _HERE)
    assert found[0].first is None


def test_guard_no_fronted_date() -> None:
    sentence = "At the fifth round, in March 2023, the Kazakh delegation proposed a new schedule."
    found = [Candidate("talk_round", 0, 0)]
    date_fronted_gathering(sentence, found, _HERE)
    assert found[0].first is None


def test_guard_a_dated_gathering_is_left_alone() -> None:
    sentence = "In March 2023, at the fifth round, the Kazakh delegation proposed a new schedule."
    found = [Candidate("talk_round", 0, 0, first=dt.date(2023, 3, 14), last=dt.date(2023, 3, 14), precision="day")]
    date_fronted_gathering(sentence, found, _HERE)
    assert found[0].first == dt.date(2023, 3, 14)
