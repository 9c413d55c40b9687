"""A round held and the meeting agreed for later are two events (round 104): "held a first round of border talks in Arica
on Monday and agreed to meet again in June" gave one event, the round number having gone to both verbs, so the planned
meeting merged into the round. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def test_the_round_held_and_the_meeting_agreed_for_june(lexicon) -> None:
    body = "Chile and Peru held a first round of border talks in Arica on Monday and agreed to meet again in June."
    extraction = extract_own(body, lexicon)
    assert [(c.event_type, c.round_number, c.first) for c in extraction.events] == [
        ("talk_round", 1, dt.date(2023, 5, 8)), ("meeting", None, dt.date(2023, 6, 1))]


def test_a_round_named_after_meet_again_is_the_planned_one(lexicon) -> None:
    body = "Chile and Peru held talks in Arica on Monday and will meet again for a second round in June."
    extraction = extract_own(body, lexicon)
    assert [c.round_number for c in extraction.events if c.future] == [2]
