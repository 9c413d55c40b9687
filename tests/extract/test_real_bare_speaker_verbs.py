"""A speaker the roster does not know, named bare before a speech verb the name pattern did not list (round 205):
"Luis Vera tweeted on Tuesday that …", "… stated …", "… posted …", "… declared …" gave no announcement (the words had
no speaker). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events


@pytest.mark.parametrize("verb", ["tweeted", "stated", "posted", "declared"])
def test_a_bare_name_before_another_speech_verb_speaks(lexicon, verb: str) -> None:
    text = f"Luis Vera {verb} on Tuesday that the talks would resume in Lima on June 3."
    assert ("announcement", ["Luis Vera"]) in [(t, names) for t, _, names in typed_events(text, lexicon)]


def test_a_place_before_a_speech_verb_is_no_person(lexicon) -> None:
    """A guard: "Lima stated" names no person (a capital speaks for its state, as before)."""
    names = {n for _, _, ns in typed_events("Santiago stated on Tuesday that the talks would resume in Lima on June 3.", lexicon) for n in ns}
    assert "Santiago" not in names
