"""Round 1138: an organisation's organ numbers its own meetings, which stay `meeting`s with their number (the guideline's
Types rule, settled at the twenty-third stop): "the Council of the bloc, at its 512th meeting", "the 41st ASEAN
Ministerial Meeting". A numbered round of a negotiating format stays a `talk_round`. Sentences of our own: the pattern
through `organ_session`, and two through the rule stage (`learned=False`).
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events
from tracker.extract.organ_sessions import organ_session


@pytest.mark.parametrize("sentence", [
    "The Peace and Security Council of the African Union, at its 512th meeting held on Tuesday, adopted a communique on Sudan.",
    "The UN Security Council, during its 9,310th session on Monday, heard the envoy.",
    "The ministers discussed the crisis at the 41st ASEAN Ministerial Meeting in Jakarta on Tuesday.",
    "The 30th OSCE Ministerial Council opened in Skopje on Thursday.",
])
def test_an_organs_numbered_meeting(sentence: str, lexicon) -> None:
    assert organ_session(sentence, lexicon)


@pytest.mark.parametrize("sentence", [
    "The ninth round of the Astana talks on Syria opened in Kazakhstan on Tuesday.",
    "The 24th meeting of the WMCC was held in Beijing on Wednesday.",
    "The 21st Joint Commission Meeting was held in Baku on Monday.",
    "Russia, at its own request, held the meeting on Tuesday.",
    "The council met on Tuesday for the third time.",
])
def test_not_an_organs_numbered_meeting(sentence: str, lexicon) -> None:
    assert not organ_session(sentence, lexicon)


def test_the_organs_meeting_is_a_meeting_at_the_rule_stage(lexicon) -> None:
    body = ("The Peace and Security Council of the African Union, at its 512th meeting held on Tuesday, adopted a "
            "communique on the talks between Sudan and South Sudan.")
    types = [kind for kind, _, _ in typed_events(body, lexicon, learned=False)]
    assert "meeting" in types
    assert "talk_round" not in types


def test_a_numbered_round_stays_a_round_at_the_rule_stage(lexicon) -> None:
    body = "The ninth round of the Astana talks on Syria opened in Nur-Sultan on Tuesday, the ministry said."
    assert "talk_round" in [kind for kind, _, _ in typed_events(body, lexicon, learned=False)]
