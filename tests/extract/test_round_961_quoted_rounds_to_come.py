"""Round 961: a numbered round named inside a quote with the day it will be held takes that day.

"“The eighth round of talks will be held in Tbilisi on 23 December,” the statement said": a speaker who names a
numbered round and says when it will be held, convene or take place makes its day known (docs/extraction.md,
"Annotation guideline": an event the speaker announces inside the quote is an event, and a date inside a quote may fix
it). The numbered round was left undated, beside a second, unnumbered gathering that took the day. The speaker speaks
at publication, so the day is read on or after it. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list:
    return [(c.round_number, c.first) for c in extract_own(body, lexicon).events if c.event_type == "talk_round"]


@pytest.mark.parametrize("body, number, day", [
    ("“The eighth round of talks will be held in Tbilisi on 23 May 2023,” the foreign ministry said in a statement.",
     8, dt.date(2023, 5, 23)),
    ('"The fifth round of consultations will take place in Kars, Turkey on Tuesday," a ministry spokesman told '
     "reporters.", 5, dt.date(2023, 5, 16)),
    ('"The 12th session of the committee is to be held in Geneva on Monday," the envoy said.', 12, dt.date(2023, 5, 15)),
    ("“The third round will convene in Doha on June 2,” the mediator's office said.", 3, dt.date(2023, 6, 2)),
])
def test_a_quoted_round_to_come_takes_its_day(body: str, number: int, day: dt.date, lexicon) -> None:
    assert _rounds(body, lexicon) == [(number, day)]


def test_a_quoted_round_held_keeps_its_full_past_day(lexicon) -> None:  # guard: the past form as before (round 257)
    body = "“The second round was held in Geneva on 3 April 2023,” the statement said."
    assert _rounds(body, lexicon) == [(2, dt.date(2023, 4, 3))]


def test_a_past_day_is_no_day_to_come(lexicon) -> None:  # guard: a day before publication is no day of a round to come
    body = "“The fourth round will be held in Geneva, as we agreed on 3 April 2023,” the envoy said."
    assert _rounds(body, lexicon) == [(4, None)]


@pytest.mark.parametrize("body, number, day", [  # the same outside a quote, after a long subject set off by a comma
    ("The Fourth Trilateral Meeting of the Ministers of Foreign Affairs of the Republic of Armenia, Georgia and the "
     "Republic of Iran, will be held in Yerevan on 22 May 2023.", 4, dt.date(2023, 5, 22)),
    ("The fourth round of the strategic dialogue between the governments of Pakistan and the United States, will take "
     "place in Islamabad on Tuesday.", 4, dt.date(2023, 5, 16)),
])
def test_a_round_after_a_long_subject_takes_its_day(body: str, number: int, day: dt.date, lexicon) -> None:
    assert _rounds(body, lexicon) == [(number, day)]
