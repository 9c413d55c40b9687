"""Round 731: talks named by the goal of ending a war ("peace talks", "reconciliation talks", "truce negotiations") are a
round of standing negotiations though no process is known and no number given; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_days


def _types(body: str, lexicon) -> list[str]:
    return [event_type for event_type, _ in typed_days(body, lexicon)]


def test_peace_talks_with_no_known_process_are_a_round(lexicon) -> None:
    assert _types("The government and the rebels began a new round of peace talks in Oslo on Monday.", lexicon) == [
        "talk_round"]
    assert _types("Ceasefire talks between the army and the militia opened in Juba on Wednesday.", lexicon) == [
        "talk_round"]


def test_reconciliation_and_truce_talks_are_a_round(lexicon) -> None:
    assert _types("The next round of reconciliation talks between the two factions will be held in Cairo on June 2.",
                  lexicon) == ["talk_round"]
    assert _types("Truce negotiations between the two armies resumed in Geneva on Tuesday.", lexicon) == ["talk_round"]


def test_other_talks_with_no_process_stay_a_meeting(lexicon) -> None:
    """Guards: border talks of two states may be a one-off, and ministers meeting about a peace process meet."""
    assert _types("Chile and Peru resumed border negotiations in Lima on Monday.", lexicon) == ["meeting"]
    assert _types("The two ministers met in Lima on Monday to discuss the peace process.", lexicon) == ["meeting"]
