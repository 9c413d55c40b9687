"""Which type an event gets on real copy (round 16): sessions of standing talks, summits, announcements, deadlines.

Sentences of our own; the processes are the built-in gazetteer's (`gazetteer.STANDING_PROCESSES`).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _types(text: str, lexicon: Lexicon) -> list[tuple[str, dt.date | None]]:
    extraction = extract_own(text, lexicon)
    return [(c.event_type, c.first) for c in extraction.events]


def test_delegations_meeting_for_standing_talks_is_a_round(lexicon) -> None:
    text = ("Military delegations of the two sides met United Nations officials in Istanbul on Wednesday to revive the "
            "Black Sea Grain Initiative.")
    assert ("talk_round", dt.date(2023, 5, 10)) in _types(text, lexicon)


def test_ministers_meeting_within_standing_talks_stays_a_meeting(lexicon) -> None:
    text = "The foreign ministers of the guarantor states of the Astana format met in Astana on Wednesday."
    assert ("meeting", dt.date(2023, 5, 10)) in _types(text, lexicon)


def test_a_meeting_on_a_format_that_holds_no_rounds_is_a_meeting(lexicon) -> None:
    """One party with some others' representatives is no session of the format, which now holds rounds (round 1160)."""
    text = ("Dmitry Kozak will hold a meeting on the Normandy format with representatives of France and Germany on "
            "May 20 in Moscow.")
    assert ("meeting", dt.date(2023, 5, 20)) in _types(text, lexicon)


def test_leaders_who_meet_hold_a_summit(lexicon) -> None:
    text = "The leaders of Chile and Peru are scheduled to meet in Lima on May 20."
    assert _types(text, lexicon) == [("summit", dt.date(2023, 5, 20))]


def test_saying_someone_is_going_somewhere_announces_the_visit(lexicon) -> None:
    text = "Norwegian envoy Ana Torrealba said on Thursday she is going to the Chilean capital."
    assert ("announcement", dt.date(2023, 5, 11)) in _types(text, lexicon)


@pytest.mark.parametrize("sentence", [
    "Norway and Chile agreed to continue technical meetings on the accord, which is set to expire on May 18, the "
    "Norwegian Foreign Ministry said in a statement on Thursday.",
    "Chile said on Thursday it would not extend the pact beyond May 18 unless a list of demands was met.",
])
def test_a_deadline_is_no_event_and_does_not_make_words_an_announcement(lexicon, sentence) -> None:
    types = _types(sentence, lexicon)
    assert not any(first == dt.date(2023, 5, 18) for _, first in types)
    assert ("statement", dt.date(2023, 5, 11)) in types
