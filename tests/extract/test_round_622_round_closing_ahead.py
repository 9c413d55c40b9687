"""A numbered round under way and the day it is to close, in one sentence (round 622): "<they> opened the fifth round
… on Monday; it is due to end on Thursday" gave a planned round of Monday alone: the closing verb made a second mention
of the round, planned for Thursday, and when the two folded the plan made the held round planned, so the close was
never joined to it (unnumbered talks were joined already). A held round and the planned close of the same sentence,
told by a closing verb within two weeks after it, are now one held round over both days. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

PUBLISHED = "2023-05-09"  # a Tuesday


@pytest.mark.parametrize("body, last", [
    ("Chile and Peru opened the fifth round of border talks in Lima on Monday; it is due to end on Thursday.",
     dt.date(2023, 5, 11)),
    ("The fifth round of border talks between Chile and Peru opened in Lima on Monday and is expected to last until "
     "Thursday.", dt.date(2023, 5, 11)),
    ("The fifth round of border talks between Chile and Peru began in Lima on Monday and is scheduled to conclude on "
     "Friday.", dt.date(2023, 5, 12)),
    ("Negotiators of Chile and Peru started their 5th round of talks in Lima on Monday, and the session is set to close "
     "on May 12.", dt.date(2023, 5, 12)),
])
def test_a_round_under_way_runs_to_the_day_it_is_to_close(lexicon, body, last) -> None:
    [fifth] = [c for c in extract_own(body, lexicon, published=PUBLISHED).events if c.round_number == 5]
    assert (fifth.first, fifth.last, fifth.status) == (dt.date(2023, 5, 8), last, "held")


def test_a_later_round_that_opens_is_no_close(lexicon) -> None:
    """A guard: "the sixth round will open on May 15" tells no close of the fifth, whose span stays Monday."""
    body = ("The fifth round of border talks between Chile and Peru opened in Lima on Monday, and the sixth round will "
            "open on May 15.")
    fifth = next(c for c in extract_own(body, lexicon, published=PUBLISHED).events if c.round_number == 5)
    assert (fifth.first, fifth.last) == (dt.date(2023, 5, 8), dt.date(2023, 5, 8))


def test_unnumbered_talks_keep_their_reading(lexicon) -> None:
    """A guard: talks with no number were joined to their close already."""
    body = "Border talks between Chile and Peru opened in Lima on Monday and are scheduled to conclude on Friday."
    [talks] = extract_own(body, lexicon, published=PUBLISHED).events
    assert (talks.first, talks.last, talks.status) == (dt.date(2023, 5, 8), dt.date(2023, 5, 12), "held")
