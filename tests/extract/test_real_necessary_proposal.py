"""Words that say something must be done (round 118): the guideline makes "it is necessary to hold talks" a proposal, but
"…, Karasin said: 'it is necessary to stop repeating cliches …'" (258) was a statement (only "we propose", "I call on" …
made a proposal). "It is necessary / essential / imperative to" in the speaker's quote or in the words reported after
the verb now makes the act a proposal. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def _types(body: str, lexicon) -> list[str]:
    return [t for t, _, _ in typed_events(body, lexicon)]


def test_reported_necessity(lexicon) -> None:
    body = "Peruvian Foreign Minister Ana Gervasi said on Tuesday that it is necessary to resume the border talks with Chile."
    assert _types(body, lexicon) == ["proposal"]


def test_quoted_necessity(lexicon) -> None:
    body = ('Peruvian Foreign Minister Ana Gervasi said on Tuesday: "It is essential to stop the smuggling along the '
            'border with Chile."')
    assert _types(body, lexicon) == ["proposal"]


def test_plain_words_stay_a_statement(lexicon) -> None:
    """A guard."""
    body = "Peruvian Foreign Minister Ana Gervasi said on Tuesday that the border talks with Chile had been useful."
    assert _types(body, lexicon) == ["statement"]
