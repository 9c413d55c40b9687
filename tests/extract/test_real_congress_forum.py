"""Congresses and forums named with a date of their own (round 69): "the Andean Peace Congress on May 3-4 in Lima" and "a
regional forum in Quito on Tuesday" are meetings told by their noun, like "a donors' conference in London on Thursday"
(round 14), and never sessions of a standing process. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_congress_with_its_dates_is_a_meeting(lexicon) -> None:
    text = "Chile and Peru back the outcome of the Andean Peace Congress on May 3-4 in Lima, whose final text was published."
    assert [(t, d) for t, d, _ in typed_events(text, lexicon)] == [("meeting", dt.date(2023, 5, 3))]


def test_a_forum_in_an_astana_story_is_no_session(lexicon) -> None:
    text = ("The Astana format talks on Syria are due in June. Delegates compared notes at a regional security forum in "
            "Doha on Tuesday, whose sessions were closed.")
    assert ("meeting", dt.date(2023, 5, 9)) in [(t, d) for t, d, _ in typed_events(text, lexicon)]


def test_a_forum_without_a_date_is_no_event(lexicon) -> None:
    """A guard: a forum named with no date of its own is background."""
    text = "Chile and Peru back the outcome of the Andean Peace Congress, whose final text was published."
    assert typed_events(text, lexicon) == []
