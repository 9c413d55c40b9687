"""Briefings of the Security Council (round 64): a briefing the envoy gave is a meeting with the Council, as the
guideline's types have it ("briefed the UN Security Council", "After briefing the Security Council, X told reporters on
Wednesday": X briefed it that day); the words said after it with "that …" are X's own statement, not the attribution
of the briefing. A briefing to come is left to the words that make it known. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_briefing_of_the_council_is_a_meeting(lexicon) -> None:
    text = "UN envoy Ana Soto briefed the UN Security Council on the border dispute on Wednesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 10), ["Ana Soto", "UN Security Council", "United Nations"])]


def test_the_briefer_of_a_participle_briefed_on_the_day_of_the_words(lexicon) -> None:
    text = ("After briefing the Security Council, UN envoy Ana Soto told reporters on Wednesday that a new round of talks "
            "would take place in June.")
    events = typed_events(text, lexicon)
    assert ("meeting", dt.date(2023, 5, 10), ["Ana Soto", "UN Security Council", "United Nations"]) in events
    assert ("announcement", dt.date(2023, 5, 10), ["Ana Soto", "United Nations"]) in events


def test_a_briefing_to_come_is_no_meeting(lexicon) -> None:
    """A guard: "said she would brief the Council later this month" is her words, not a meeting."""
    text = "UN envoy Ana Soto said on Wednesday she would brief the UN Security Council later this month."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["statement"]
