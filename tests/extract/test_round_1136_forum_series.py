"""Round 1136: the meeting series of forums, coalitions and contact groups of many states (the UN-convened Doha
meetings on Afghanistan, the Ramstein format, the Berlin Process for the Western Balkans, the Heart of Asia ...) meet in
`meeting`s, numbered or not, also when the text calls a gathering a round (the guideline's "a conference or a forum's
series", settled at the twenty-third stop); a numbered round of standing talks stays a `talk_round`. Sentences of our
own, read at the rule stage (`learned=False`).
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract import gazetteer


@pytest.mark.parametrize("body", [
    "The fourth round of the UN-led Doha process will be held in Qatar on June 30, the United Nations said.",
    "The next Ramstein-format meeting, the 21st, will be held at the NATO headquarters on May 25.",
])
def test_a_gathering_of_a_forum_series_is_a_meeting(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)
    assert "meeting" in types
    assert "talk_round" not in types


def test_a_numbered_round_of_standing_talks_stays_a_round(lexicon) -> None:
    body = "The fourth round of the Astana talks on Syria will be held in Kazakhstan on May 18, the ministry said."
    assert "talk_round" in rule_types(body, lexicon)


def test_the_forum_series_are_conference_series() -> None:
    for name in ("UN Doha process on Afghanistan", "Ukraine Defense Contact Group", "Berlin Process (Western Balkans)",
                 "Heart of Asia-Istanbul Process", "Peace Implementation Council (Bosnia)"):
        assert name in gazetteer.CONFERENCE_SERIES
        assert name not in gazetteer.STANDING_PROCESSES
