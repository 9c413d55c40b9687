"""Round 1055: words quoted after a sentence that gives a statement's day are that statement's, said on its day.

"In a statement on Wednesday, the defence minister … set out two options. Hentzau said, “…”": the words have no day
of their own and fell back to the day of publication; they are the statement's, of Wednesday. Sentences of our own,
published Friday 12 May 2023. Guards: a statement to come, words with a day of their own, a statement more than a
week before publication.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

FRIDAY = dt.date(2023, 5, 12)


def _speech_days(body: str, lexicon) -> list[dt.date | None]:
    return [c.first for c in extract_own(body, lexicon).events if c.event_type in ("statement", "proposal", "announcement")]


@pytest.mark.parametrize("body, day", [
    ("In a statement on Wednesday, the Freedonian defence minister, General Rudolf Hentzau, set out two options for the "
     "coalition. Hentzau said, \"Our patience has limits and the border is not a bargaining chip.\"", dt.date(2023, 5, 10)),
    ("The agreement follows two weeks of consultations with both delegations in Geneva, her office said in a statement "
     "on Tuesday. Special Envoy Flavia Antonelli welcomed the commitment of both sides to a ceasefire along the river.",
     dt.date(2023, 5, 9)),
    ("In a communique issued late on Wednesday, the Northern Forum set out its position on the port. Forum chairman "
     "Anton Hallberg said, \"The shelling of the port must stop now.\"", dt.date(2023, 5, 10)),
])
def test_the_words_take_the_statements_day(body: str, day: dt.date, lexicon) -> None:
    assert day in _speech_days(body, lexicon)
    assert FRIDAY not in _speech_days(body, lexicon)


@pytest.mark.parametrize("body, days", [
    # a statement still to come dates nothing
    ("The Freedonian foreign ministry will issue a statement on Monday about the border talks. Foreign Minister Ilse "
     "Brandt said the talks had been useful.", [FRIDAY]),
    # words with a day of their own keep it
    ("In a statement on Wednesday, the Freedonian defence minister, General Rudolf Hentzau, warned Ruritania against "
     "moving troops. Hentzau said on Thursday that the talks had been useful.", [dt.date(2023, 5, 10), dt.date(2023, 5, 11)]),
    # a statement more than a week before publication is background, not the day of the words
    ("In a statement on 3 March, the Freedonian defence minister, General Rudolf Hentzau, set out two options for the "
     "coalition. Hentzau said, \"Our patience has limits.\"", [FRIDAY]),
])
def test_guards(body: str, days: list[dt.date], lexicon) -> None:
    assert _speech_days(body, lexicon) == days
