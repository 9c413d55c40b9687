"""The talks told just after their parties (round 92): "Delegations from Russia, Iran and Turkey arrived in Astana on
Tuesday. The talks opened on Wednesday." gave the talks no parties, and "The negotiations, mediated by Norway, ended on
Thursday" only the mediator; a sentence whose subject is "the talks", "the negotiations", "the meeting" (not a planned
one, and not "the talks between …", which names its own) takes the parties of the event told just before, within two
paragraphs, as "They met again" did. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_the_talks_after_the_arrivals(lexicon) -> None:
    body = "Delegations from Chile and Peru arrived in Quito on Tuesday. The talks opened on Wednesday."
    assert ["Chile", "Ecuador", "Peru"] in [a for _, _, a in typed_events(body, lexicon)][1:]


def test_the_negotiations_with_a_mediator(lexicon) -> None:
    body = "Chile and Peru resumed border talks in Lima on Tuesday. The negotiations, mediated by Norway, ended on Thursday."
    assert [a for _, _, a in typed_events(body, lexicon)][1] == ["Chile", "Norway", "Peru"]


def test_the_next_round_keeps_its_own(lexicon) -> None:
    """A guard: a planned round names its parties itself, or none."""
    body = "Chile and Peru resumed border talks in Lima on Tuesday. The next round will be held in Santiago in June."
    assert [a for _, _, a in typed_events(body, lexicon)][1] == []
