"""Reported plans and ministries in lower case (round 93): "The Kremlin said on Tuesday that Putin and Erdogan would meet
in Sochi next week" gave no meeting ("would meet", the future of reported speech, was not read) and a statement for an
announcement; "the Chilean foreign ministry said" named no speaker, so the words were lost (only "Foreign Ministry" and
"Chile's foreign ministry" were read). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_would_meet_is_a_planned_meeting(lexicon) -> None:
    body = "The Peruvian presidency said on Tuesday that the two presidents would meet in Lima next week."
    assert typed_days(body, lexicon) == [("announcement", dt.date(2023, 5, 9)),
                                                                    ("summit", dt.date(2023, 5, 15))]


def test_a_foreign_ministry_in_lower_case(lexicon) -> None:
    body = "The Chilean foreign ministry said in a statement on Tuesday that the talks had been useful."
    assert typed_events(body, lexicon) == [("statement", dt.date(2023, 5, 9), ["Chile", "Ministry of Foreign Affairs of Chile"])]


def test_a_foreign_ministry_as_a_topic(lexicon) -> None:
    """A guard: "a foreign ministry" with no state before it is no one's."""
    body = "Peru will open a new foreign ministry building in Lima next year, the government said on Tuesday."
    assert all("Ministry" not in " ".join(a) for _, _, a in typed_events(body, lexicon))
