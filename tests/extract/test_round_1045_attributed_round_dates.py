"""Round 1045: a date told before a sentence's closing attribution belongs to the event of the main clause.

"Ruritania and Freedonia held the 12th round of border talks at the crossing point on 3-4 May, a statement from the
Ruritanian defence ministry announced on Thursday": the attribution after the comma is a clause of its own, so the
day told before it dates the round however far it stands from "held" (a short gap already did, rounds before). The
words of the attribution keep their own day. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.date_owner import date_owner
from tracker.extract.dates import find_dates
from tracker.extract.triggers import find_triggers

FRIDAY = dt.date(2023, 5, 12)


def _owner(sentence: str, date_text: str) -> str | None:
    triggers = find_triggers(sentence)
    (date,) = [d for d in find_dates(sentence, FRIDAY) if d.text.endswith(date_text)]
    owner = date_owner(date, [(t.start, t.end) for t in triggers], sentence, {i for i, t in enumerate(triggers) if t.speech})
    return None if owner is None else triggers[owner].text


@pytest.mark.parametrize("sentence", [
    "Ruritania and Freedonia held the 12th round of corps commander-level border talks at the crossing point on 3-4 May, "
    "a statement from the Ruritanian defence ministry announced on Thursday.",
])
def test_the_date_before_a_far_attribution_is_the_events(sentence: str) -> None:
    assert _owner(sentence, "May") == "held"


def test_the_round_is_dated(lexicon) -> None:
    events = extract_own("Ruritania and Freedonia held the 12th round of corps commander-level border talks at the "
                         "crossing point on 3-4 May, a statement from the Ruritanian defence ministry announced on "
                         "Thursday.", lexicon).events
    rounds = [c for c in events if c.event_type == "talk_round"]
    assert [(c.first, c.last) for c in rounds] == [(dt.date(2023, 5, 3), dt.date(2023, 5, 4))]


@pytest.mark.parametrize("sentence, date_text, owner", [
    # the attribution's own day stays the words'
    ("Ruritania and Freedonia held the 12th round of corps commander-level border talks at the crossing point on 3-4 "
     "May, a statement from the Ruritanian defence ministry announced on Thursday.", "Thursday", "announced"),
    # a far attribution that already lost the date to the event (its verb within 40 characters of the date's end)
    ("The two delegations held a long session of consultations on the water dispute in the lakeside resort on 3 May, "
     "the foreign ministry of Freedonia announced in a statement on Thursday.", "May", "held"),
    # no closing attribution: the speech verb of a clause of its own keeps the date told inside that clause
    ("Ruritania and Freedonia held talks on the border dispute in the capital of the neighbouring kingdom and the "
     "defence ministry on 3 May announced a new plan.", "May", "announced"),
])
def test_other_dates_keep_their_owner(sentence: str, date_text: str, owner: str) -> None:  # guards
    assert _owner(sentence, date_text) == owner
