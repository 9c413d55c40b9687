"""Round 1290: a gathering told as discussions or a conversation its named participants held, with no "with" after the
noun ("X and Y held discussions on …", "X and Y held a brief conversation on the margins of …"), a conversation held
with someone, and discussions "between" named people that something came from or followed, are a meeting (a summit
when heads of state hold it) of the sentence's date (`held_discussions.py`, read among the triggers). A subject that
only points back ("the two ministers", "the parties", "he"), a call, the press and an undated telling give none.
Sentences of our own; published Friday 2023-05-12. Read at the rule stage (`learned=False`) and through the triggers."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import trigger_texts, typed_events

_GATHERINGS = ("meeting", "summit")


def _gathering_days(body: str, lexicon) -> list[dt.date | None]:
    return [first for kind, first, _ in typed_events(body, lexicon, learned=False) if kind in _GATHERINGS]


@pytest.mark.parametrize(("body", "day"), [
    ("President Gabriel Boric of Chile and President Dina Boluarte of Peru held discussions in Arica on Tuesday, "
     "May 9, 2023, about fishing rights along their sea border.", dt.date(2023, 5, 9)),
    ("Chile's foreign minister Alberto van Klaveren and Bolivia's Rogelio Mayta held frank discussions over water "
     "rights in La Paz yesterday.", dt.date(2023, 5, 11)),
    ("The Arica memorandum grew from discussions between President Boric and President Boluarte in Tacna on "
     "April 3, 2023.", dt.date(2023, 4, 3)),
])
def test_discussions_of_named_people_are_a_gathering_of_their_date(body: str, day: dt.date, lexicon) -> None:
    assert _gathering_days(body, lexicon) == [day]


def test_through_the_triggers() -> None:
    assert trigger_texts("In Lima, Chile and Peru held lengthy discussions on the maritime border.", "meeting") == [
        "held lengthy discussions"]
    assert trigger_texts("Boric and Boluarte have held a brief conversation on the sidelines of the Andean summit.",
                         "meeting") == ["have held a brief conversation"]
    assert trigger_texts("Van Klaveren held a private conversation with Bolivian envoy Rogelio Mayta in Santiago.",
                         "meeting") == ["held a private conversation with "]
    assert trigger_texts("The accord came after discussions between Chile and Peru in Lima last week.", "meeting") == [
        "after discussions between"]


@pytest.mark.parametrize("sentence", [
    "In Lima, the two ministers held frank discussions on fishing quotas.",  # a subject that points back
    "The parties also held in-depth discussions on the border.",
    "Boric said he had held discussions on the issue with Peru, Bolivia and Ecuador.",  # a speaker's tally
    "Chile and Peru held a conversation by phone on Monday.",  # a call
    "The minister held a conversation with reporters in Lima.",  # the press
    "She stressed the importance of holding discussions on the border inside the region.",  # a wish
])
def test_not_read(sentence: str) -> None:
    assert trigger_texts(sentence, "meeting") == []
