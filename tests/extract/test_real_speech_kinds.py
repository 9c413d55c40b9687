"""Speech in other words (round 39): demands and requests are proposals, and what they ask for is no event of its own;
"revealed" and "disclosed" report words; "she would travel to" is the speaker's own planned visit; sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_events


_events = typed_events


@pytest.mark.parametrize("sentence", [
    "Chilean Foreign Minister Ana Ruiz on Tuesday demanded that the talks resume.",
    "Chilean Foreign Minister Ana Ruiz on Tuesday asked the two sides to return to the negotiating table.",
    "Chilean Foreign Minister Ana Ruiz on Tuesday encouraged the parties to resume talks.",
    "Chilean Foreign Minister Ana Ruiz on Tuesday pressed the parties to hold a new meeting.",
])
def test_a_demand_or_request_is_a_proposal_and_no_meeting(sentence: str, lexicon) -> None:
    assert _events(sentence, lexicon) == [("proposal", dt.date(2023, 5, 9), ["Ana Ruiz", "Chile"])]


def test_asked_about_is_no_proposal(lexicon) -> None:
    """A guard: "asked about" with no "to" after it asks nothing of anyone."""
    assert _events("Chilean Foreign Minister Ana Ruiz was asked about the border dispute on Tuesday.", lexicon) == []


def test_revealed_reports_words_that_make_talks_known(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz revealed on Tuesday that the talks would resume in June.", lexicon)
    assert ("announcement", dt.date(2023, 5, 9), ["Ana Ruiz", "Chile"]) in events


def test_she_would_travel_is_the_speakers_own_visit(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz confirmed on Tuesday that she would travel to Lima next week.", lexicon, learned=False)
    assert events == [("announcement", dt.date(2023, 5, 9), ["Ana Ruiz", "Chile"]),
                      ("visit", dt.date(2023, 5, 15), ["Ana Ruiz", "Chile", "Peru"])]
