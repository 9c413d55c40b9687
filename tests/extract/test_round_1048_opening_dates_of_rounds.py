"""Round 1048: a sentence's opening date dates the round its main clause holds, however long the subject.

"On 3 May, the Director-General of the Department of Boundary Affairs of the Foreign Ministry of Ruritania and the
Director-General of the Asian Affairs Bureau of Freedonia co-chaired the 14th round of consultations on maritime
affairs": the round has no verb the trigger table reads ("co-chaired"), so it was dated only when the date stood
within 40 characters of it; an opening date before a comma is the main clause's, whatever stands between. The
plenary and working-group sessions told next ("The two sides held a plenary meeting and three working group
meetings") are that round's, not meetings of their own (`round_sessions`). Sentences of our own; published Friday
12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

LONG = ("On 3 May, the Director-General of the Department of Boundary Affairs of the Foreign Ministry of Ruritania and "
        "the Director-General of the Asian Affairs Bureau of the Foreign Ministry of Freedonia co-chaired the 14th round "
        "of consultations under the maritime consultation mechanism via video link.")


def _events(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.round_number) for c in extract_own(body, lexicon).events]


def test_the_opening_date_dates_the_round(lexicon) -> None:
    assert _events(LONG, lexicon) == [("talk_round", dt.date(2023, 5, 3), 14)]


def test_the_sessions_of_the_round_are_the_round(lexicon) -> None:
    body = LONG + " The two sides held a plenary meeting and three working group meetings."
    assert _events(body, lexicon) == [("talk_round", dt.date(2023, 5, 3), 14)]


@pytest.mark.parametrize("body, expected", [
    # a short subject already did
    ("On 3 May, the two directors-general co-chaired the 14th round of consultations on maritime affairs.",
     [("talk_round", dt.date(2023, 5, 3), 14)]),
    # a date told inside the sentence, far from the round, stays away from it
    ("The Director-General of the Department of Boundary Affairs of the Foreign Ministry of Ruritania, appointed on "
     "3 May, and his colleague from the Asian Affairs Bureau of Freedonia co-chaired the 14th round of consultations "
     "on maritime affairs via video link.", [("talk_round", None, 14)]),
])
def test_other_dates_of_rounds(body: str, expected: list[tuple], lexicon) -> None:  # guards
    assert _events(body, lexicon) == expected


def test_a_meeting_of_its_own_after_a_round_is_kept(lexicon) -> None:  # guard: only sessions join the round
    body = LONG + " The two foreign ministers met in Geneva on 5 May."
    assert ("meeting", dt.date(2023, 5, 5), None) in _events(body, lexicon)
