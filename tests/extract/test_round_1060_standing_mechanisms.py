"""Round 1060: the meetings of standing consultation mechanisms between delegations (India and China's WMCC, the
China-Philippines Bilateral Consultation Mechanism, the Moscow format consultations on Afghanistan) are sessions of
them, `talk_round`s numbered or not, as the guideline's list of standing negotiations has them; a meeting of a
process outside that list stays a meeting. Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import event_types
from tracker.extract import gazetteer


@pytest.mark.parametrize("body", [
    "Indian and Chinese diplomats held a WMCC meeting by video conference on Wednesday to discuss the border.",
    "Beijing and Manila held a meeting of the Bilateral Consultation Mechanism on the South China Sea on Wednesday.",
    "Russia will host a meeting of the Moscow format on Afghanistan in Kazan on May 30, the ministry said.",
])
def test_a_meeting_of_a_standing_mechanism_is_a_session(body: str, lexicon) -> None:
    types = event_types(body, lexicon)
    assert "talk_round" in types
    assert "meeting" not in types


@pytest.mark.parametrize("body", [
    "The foreign ministers of Greece and Turkey held a meeting in Ankara on Wednesday.",
    "Kazakh and Uzbek officials held a meeting on water use in Tashkent on Wednesday.",
])
def test_a_meeting_outside_standing_talks_stays_a_meeting(body: str, lexicon) -> None:
    assert "meeting" in event_types(body, lexicon)


def test_the_mechanisms_are_standing_talks() -> None:
    for name in ("India-China WMCC talks", "China-Philippines Bilateral Consultation Mechanism", "Moscow format (Afghanistan)"):
        assert name in gazetteer.STANDING_PROCESSES
    assert "Quadrilateral Coordination Group (Afghanistan)" not in gazetteer.STANDING_PROCESSES  # merged 645's events
