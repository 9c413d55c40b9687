"""The closing day of a gathering under way (round 253): "The talks opened in Arica on Monday and are expected to end on
Thursday" gave a held meeting of Monday and a planned one of Thursday, "… resumed earlier this week and will continue
over the weekend" the days of the week up to publication. A gathering held from its first day and told, in its sentence
or in the next one that names it again ("The round will end on Friday"), as closing on a later day within two weeks is
now one event over both days. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last) for c in extract_own(body, lexicon).events]


def test_opened_and_expected_to_end(lexicon) -> None:
    body = "The border talks between Chile and Peru opened in Arica on Monday and are expected to end on Saturday."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 8), dt.date(2023, 5, 13))]


def test_the_round_closing_in_the_next_sentence(lexicon) -> None:
    body = ("Chile and Peru started the fourth round of border talks in Arica on Wednesday. "
            "The round will end on Sunday, the ministry said.")
    assert _spans(body, lexicon) == [("talk_round", dt.date(2023, 5, 10), dt.date(2023, 5, 14))]


def test_continuing_over_the_weekend(lexicon) -> None:
    body = "The border talks between Chile and Peru resumed in Arica earlier this week and will continue over the weekend."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 8), dt.date(2023, 5, 14))]


def test_a_closed_gathering_and_a_later_one_stay(lexicon) -> None:
    """A guard: talks that ended keep their days, and a meeting planned weeks on is an event of its own."""
    body = "The border talks between Chile and Peru began in Arica on Monday and ended on Tuesday."
    assert _spans(body, lexicon) == [("meeting", dt.date(2023, 5, 8), dt.date(2023, 5, 9))]
    body = ("Chilean and Peruvian negotiators met in Arica on Monday. "
            "They will meet again in Lima on June 20, the ministry said.")
    assert [s[1] for s in _spans(body, lexicon) if s[0] == "meeting"] == [dt.date(2023, 5, 8), dt.date(2023, 6, 20)]
