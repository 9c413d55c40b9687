"""Round 732: a call told as the speaker's second finite verb ("welcomed the deal and called on both sides to …") makes
the words a proposal; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def _types(body: str, lexicon) -> list[str]:
    return [event_type for event_type, _ in typed_actors(body, lexicon)]


def test_a_coordinated_call_is_a_proposal(lexicon) -> None:
    assert _types("In a statement on Tuesday, UN Secretary-General Antonio Guterres reiterated his support for the talks "
                  "and urged all parties to show flexibility.", lexicon) == ["proposal"]
    assert _types("Peruvian Foreign Minister Ana Soto welcomed the agreement on Monday and called on both sides to "
                  "implement it without delay.", lexicon) == ["proposal"]


def test_a_coordinated_appeal_after_a_comma_is_a_proposal(lexicon) -> None:
    assert _types("Chile expressed concern over the fighting on Monday, and appealed to the rebels to return to the "
                  "table.", lexicon) == ["proposal"]


def test_other_coordinated_words_stay_a_statement(lexicon) -> None:
    """Guards: a second speech verb that calls on no one, and a call told in the past of another subject."""
    assert _types("Peruvian Foreign Minister Ana Soto welcomed the agreement on Monday and said it would bring peace.",
                  lexicon) == ["statement"]
    assert _types("Peruvian Foreign Minister Ana Soto said on Monday that the rebels had accepted the plan and had urged "
                  "the army to withdraw.", lexicon) == ["statement"]
