"""A round of a two-party process told only by its number has the two parties too (round 102): "This was the 23rd round of
the India-China Corps Commander Level Meeting" names a round of talks that only India and China hold, as a round told with
its day does (round 4). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def test_a_numbered_round_of_a_two_party_process(lexicon) -> None:
    body = ("Army commanders met at the border point to discuss the disengagement. "
            "This was the 23rd round of the India-China Corps Commander Level Meeting.")
    extraction = extract_own(body, lexicon)
    round_ = next(c for c in extraction.events if c.round_number == 23)
    assert sorted(extraction.roster.name(k) for k in round_.actors) == ["China", "India"]


def test_a_numbered_round_of_a_broader_process_names_nobody(lexicon) -> None:
    body = "Delegations arrived in the Kazakh capital to discuss the ceasefire. This was the 19th round of the Astana talks."
    extraction = extract_own(body, lexicon)
    round_ = next(c for c in extraction.events if c.round_number == 19)
    assert round_.actors == {}
