"""Round 652: an anniversary ("comes a year after the signing of the accord") dates the signing that year or month
before, not by the day the sentence gives its other act. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days


def test_a_year_after_the_signing(lexicon) -> None:
    body = "The ministers' gathering on Tuesday comes a year after the signing of the Lusaka peace accord."
    assert ("agreement", dt.date(2022, 1, 1)) in typed_days(body, lexicon)


def test_two_years_after_the_adoption(lexicon) -> None:
    body = "The mediator sounded hopeful on Monday, two years after the adoption of the Arusha declaration."
    assert ("agreement", dt.date(2021, 1, 1)) in typed_days(body, lexicon)


def test_months_after_the_signing_beside_a_dated_round(lexicon) -> None:
    body = "Talks resumed in Geneva on Wednesday, six months after the signing of the Kampala accord."
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10)), ("agreement", dt.date(2022, 11, 1))]


def test_guard_an_accord_signed_on_a_day(lexicon) -> None:
    """The guard: a signing told with its own day keeps it."""
    body = "The two foreign ministers signed the Kampala accord on Tuesday."
    assert typed_days(body, lexicon) == [("agreement", dt.date(2023, 5, 9))]


def test_guard_more_than_a_year_after(lexicon) -> None:
    """The guard: "more than a year after" fixes no year, and the sentence's day stays with the signing."""
    body = "The mediator sounded hopeful on Monday, more than a year after the signing of the Arusha agreement."
    assert typed_days(body, lexicon) == [("agreement", dt.date(2023, 5, 8))]
