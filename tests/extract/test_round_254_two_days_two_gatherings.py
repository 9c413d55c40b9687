"""Two days of one sentence for one numbered round only when the sentence tells its ends (round 254): "X met Y on Tuesday,
two weeks after their first meeting in Lima on April 25" gave one round from April 25 to Tuesday (both mentions took the
number of "their first meeting", and a numbered round told twice in a sentence spanned both days). Two days of a
sentence are now one span only when it says where the gathering started or ended ("which had started on …, concluded
on …"). Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.first, c.last) for c in extract_own(body, lexicon).events]


def test_a_meeting_after_an_earlier_one_is_no_span(lexicon) -> None:
    body = ("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart Ana Gervasi on Tuesday, "
            "two weeks after their first meeting in Lima on April 25.")
    assert (dt.date(2023, 4, 25), dt.date(2023, 5, 9)) not in _spans(body, lexicon)
    assert (dt.date(2023, 5, 9), dt.date(2023, 5, 9)) in _spans(body, lexicon)


def test_a_round_that_started_and_concluded_spans_both_days(lexicon) -> None:
    """A guard: the sentence that tells both ends keeps the span."""
    body = ("The first round of border talks between Chile and Peru, which had started in Arica on May 3, "
            "concluded on Tuesday.")
    assert _spans(body, lexicon) == [(dt.date(2023, 5, 3), dt.date(2023, 5, 9))]
