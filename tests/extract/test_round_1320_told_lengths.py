"""Round 1320: a held gathering dated by its first day runs to the last day that another sentence tells by a length
("after three days of talks", "following two days of intense talks") or by the ordinal of a later day ("The second day
of the dialogue resumed today"). Sentences of our own (published Friday 2023-05-12), read at the rule stage, and
`told_lengths.join_told_lengths` on candidates of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.candidate import Candidate
from tracker.extract.told_lengths import join_told_lengths

D = dt.date


def _gatherings(body: str, lexicon, **kw) -> list[tuple]:
    """(type, first, last) of each gathering the rule stage extracts from `body`."""
    extraction = extract_own(body, lexicon, learned=False, **kw)
    return [(c.event_type, c.first, c.last) for c in extraction.events
            if c.event_type in ("talk_round", "meeting", "summit", "visit")]


@pytest.mark.parametrize("length", [
    # the length in the lead, before the gathering's own sentence
    "Peru and Chile announced a fisheries accord late on Thursday, following two days of intense talks between "
    "their envoys.",
    # the length inside the outcome's sentence, after it
    "The fisheries accord was reached during two days of talks between the two foreign ministries.",
])
def test_a_length_told_in_another_sentence_gives_the_last_day(length: str, lexicon) -> None:
    body = f"Peruvian and Chilean envoys began talks on the fisheries dispute in Arica on Wednesday. {length}"
    if length.startswith("Peru"):
        body = f"{length} Peruvian and Chilean envoys began talks on the fisheries dispute in Arica on Wednesday."
    assert (D(2023, 5, 10), D(2023, 5, 11)) in [(f, last) for _, f, last in _gatherings(body, lexicon)]


def test_the_ordinal_of_a_later_day_gives_the_last_day(lexicon) -> None:
    body = ("Bolivian Foreign Minister Tomas Arce opened the first session of the river dialogue yesterday, Thursday, in "
            "Sucre. The second day of the river dialogue resumed today, Friday, in Sucre.")
    assert (D(2023, 5, 11), D(2023, 5, 12)) in [(f, last) for _, f, last in _gatherings(body, lexicon)]


def _held(first: dt.date, order: int = 1) -> Candidate:
    return Candidate(event_type="talk_round", paragraph=0, order=order, first=first, last=first, precision="day",
                     evidence=["talks"])


@pytest.mark.parametrize("firsts, sentences, anchor", [
    # "… resumed talks today" + a length ending after the page's day: last week's gathering, not this one
    ([D(2023, 5, 12)], ["The envoys resumed talks today.", "Last week the sides agreed on a map after three days of talks."],
     D(2023, 5, 12)),
    # two gatherings the length fits: neither is read as its own
    ([D(2023, 5, 8), D(2023, 5, 9)], ["They agreed after two days of talks."], D(2023, 5, 12)),
    # two lengths told
    ([D(2023, 5, 8)], ["They agreed after two days of talks.", "An earlier deal came after four days of negotiations."],
     D(2023, 5, 12)),
    # a length to come, and a length of something else
    ([D(2023, 5, 8)], ["They will hold two days of talks in June.", "The truce followed three days of fighting."],
     D(2023, 5, 12)),
    # an ordinal day that is not the gathering's next day
    ([D(2023, 5, 8)], ["The second day of the talks resumed today."], D(2023, 5, 12)),
    # a page with no day
    ([D(2023, 5, 8)], ["They agreed after two days of talks."], None),
])
def test_lengths_that_are_not_the_gatherings_move_nothing(firsts: list, sentences: list[str], anchor) -> None:
    held = [_held(first, order) for order, first in enumerate(firsts, start=len(sentences))]
    join_told_lengths(held, list(enumerate(sentences)), anchor)
    assert [c.last for c in held] == firsts
