"""Round 813: a gathering told from one day "until" another ("meet on May 15, until May 17", "from Monday until
Wednesday", "opens on May 15 and runs until May 17") is dated by both days; a period an act sets ("agreed on May 15 to a
truce until May 30") keeps the act's day. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

from tracker.extract.dates import find_dates
from tests.extract.own_text import typed_events

FRIDAY = dt.date(2023, 5, 12)


def _spans(sentence: str) -> list[tuple[dt.date, dt.date]]:
    return [(d.first, d.last) for d in find_dates(sentence, FRIDAY)]


def test_day_comma_until_day() -> None:
    assert _spans("The two delegations will meet in Geneva on May 15, until May 17.") == [(dt.date(2023, 5, 15), dt.date(2023, 5, 17))]


def test_weekday_until_weekday() -> None:
    assert _spans("The envoys will hold talks in Oslo from Monday until Wednesday.") == [(dt.date(2023, 5, 15), dt.date(2023, 5, 17))]


def test_opens_and_runs_until() -> None:
    assert _spans("The conference opens in Nairobi on 15 May and runs till 18 May.") == [(dt.date(2023, 5, 15), dt.date(2023, 5, 18))]


def test_today_named_then_until() -> None:
    assert _spans("Negotiators are to meet in Doha today, May 12, until May 14.") == [(dt.date(2023, 5, 12), dt.date(2023, 5, 14))]


def test_the_gathering_takes_the_span(lexicon) -> None:
    events = typed_events("Sudan's army and the RSF will hold a new round of talks in Jeddah on Monday, until Thursday.", lexicon)
    assert any(t == "talk_round" and d == dt.date(2023, 5, 15) for t, d, _ in events)
    from tests.extract.own_text import extract_own
    rounds = [c for c in extract_own("Sudan's army and the RSF will hold a new round of talks in Jeddah on Monday, until "
                                     "Thursday.", lexicon).events if c.event_type == "talk_round"]
    assert rounds and (rounds[0].first, rounds[0].last) == (dt.date(2023, 5, 15), dt.date(2023, 5, 18))


def test_guard_a_period_an_act_sets() -> None:
    """The guards: words between the day and "until" keep them apart; a span longer than three weeks is no gathering."""
    assert _spans("The sides agreed on May 2 to a truce until May 20.")[0] == (dt.date(2023, 5, 2), dt.date(2023, 5, 2))
    assert _spans("The ceasefire, agreed on May 2, holds until May 20.")[0] == (dt.date(2023, 5, 2), dt.date(2023, 5, 2))
    assert _spans("The envoy arrived on 2 April, until 30 May.")[0] == (dt.date(2023, 4, 2), dt.date(2023, 4, 2))
