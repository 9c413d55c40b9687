"""Round 1135: the standing formats the guideline settled at the twenty-third stop (decision 2) hold `talk_round`s,
whatever the text calls their gatherings: a border committee of two states, an incident mechanism, the joint commission
of an accord's parties, the China-US trade consultations, standing negotiations of a government and an armed group. The
gazetteer's list of standing processes decides, so a meeting of one that names no person is a session of it; a meeting
of a process outside the list stays a meeting. Sentences of our own, read at the rule stage (`learned=False`).
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import rule_types
from tracker.extract import gazetteer


@pytest.mark.parametrize("body", [
    "A meeting of the Thailand-Cambodia General Border Committee was held in Bangkok on Wednesday.",
    "The next IPRM meeting will be held in Ergneti on May 24, the mission said.",
    "The Guyana-Venezuela talks resumed with a meeting in Brasilia on Wednesday.",
])
def test_a_meeting_of_a_standing_format_is_a_session(body: str, lexicon) -> None:
    types = rule_types(body, lexicon)
    assert "talk_round" in types
    assert "meeting" not in types


@pytest.mark.parametrize("body", [
    "The foreign ministers of Greece and Turkey held a meeting in Ankara on Wednesday.",
    "Kazakh and Uzbek officials held a meeting on water use in Tashkent on Wednesday.",
])
def test_a_meeting_outside_standing_formats_stays_a_meeting(body: str, lexicon) -> None:
    assert "meeting" in rule_types(body, lexicon)


def test_the_settled_formats_are_standing_talks() -> None:
    for name in ("Geneva International Discussions", "Thailand-Cambodia border talks",
                 "Armenia-Azerbaijan border delimitation commission", "China-US economic and trade consultations",
                 "Incident Prevention and Response Mechanism (Georgia)", "Guyana-Venezuela dialogue (Argyle Declaration)",
                 "DRC-Rwanda Washington process", "Kyrgyzstan-Uzbekistan border talks"):
        assert name in gazetteer.STANDING_PROCESSES
    for name in gazetteer.STANDING_PROCESSES:  # an organ's or forum's series meets in meetings, never in rounds
        assert name not in gazetteer.FORUMS
    assert "SCO meetings" not in gazetteer.STANDING_PROCESSES
