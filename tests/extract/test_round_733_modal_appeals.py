"""Round 733: a quoted call in the first person behind a modal ("I would like to appeal to all delegates to …", "we want
to urge") makes the words a proposal; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors

_SAID = ' Peruvian Foreign Minister Ana Soto said on Monday.'


def _types(quote: str, lexicon) -> list[str]:
    return [event_type for event_type, _ in typed_actors(f'"{quote},"{_SAID}', lexicon)]


def test_an_appeal_behind_a_modal_is_a_proposal(lexicon) -> None:
    assert _types("I would like to appeal to all delegates to recommit themselves to peace", lexicon) == ["proposal"]
    assert _types("We want to urge both parties to return to the table", lexicon) == ["proposal"]
    assert _types("I wish to call upon the rebels to lay down their arms", lexicon) == ["proposal"]


def test_thanks_behind_a_modal_stay_a_statement(lexicon) -> None:
    """A guard: the modal alone calls on no one."""
    assert _types("We would like to thank the mediators for their work", lexicon) == ["statement"]
