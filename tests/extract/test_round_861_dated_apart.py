"""Round 861: a second act named by a noun with its own past date, in an adverbial phrase or an apposition of a sentence
whose verb has a date of its own ("met on Tuesday, a week after their talks in Cairo on May 2"), is an event of its own;
guards that a noun aimed at by an infinitive (a plan) or hung as a verb's object keeps no date of the verb's."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_days


@pytest.mark.parametrize("body, event", [
    ("The ministers met in Ankara on Tuesday, a week after their talks in Cairo on May 2.", ("meeting", dt.date(2023, 5, 2))),
    ("Putin arrived in Beijing on Tuesday, two months after a summit in Moscow in March.", ("summit", dt.date(2023, 3, 1))),
    ("They signed the accord on Monday, after the meeting in Doha on Sunday.", ("meeting", dt.date(2023, 5, 7))),
    ("The delegations met in Geneva on Wednesday in line with the ceasefire agreement of 9 March 2021.",
     ("agreement", dt.date(2021, 3, 9))),
    ("The envoy visited Khartoum on Sunday, his first trip since the conference in Paris in April.",
     ("meeting", dt.date(2023, 4, 1))),
])
def test_a_dated_noun_beside_a_dated_verb_is_an_event(lexicon, body, event):
    assert event in typed_days(body, lexicon)


@pytest.mark.parametrize("body", [
    "The two sides agreed on Friday to reopen the military talks in March.",
    "Azerbaijan met Armenia on Monday and submitted the principles of the treaty in February.",
    "The foreign ministers met in Seoul on Monday to prepare the summit in June.",
])
def test_a_planned_or_object_noun_gets_no_event(lexicon, body):
    assert len(typed_days(body, lexicon)) == 1, typed_days(body, lexicon)
