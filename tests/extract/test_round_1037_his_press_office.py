"""Round 1037: a sentence that opens "His press office said", "Her spokeswoman said", "His office said in a tweet" is the
statement of the person last named, as "He said" is (`mentions._COREF`); only the capitalised, sentence-opening form is
read, since a mid-sentence "…, his office says the minister expressed …" mostly retells a meeting and "his" may be
anyone named before. Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import pytest

from tests.extract.own_text import speakers, typed_events

_LEAD = "Chilean President Gabriel Boric will not attend the Lima talks. "


@pytest.mark.parametrize("sentence", [
    "His press office said in a tweet that the talks were useful.",
    "His spokesman said on Monday that the talks were useful.",
    "His office said on Monday that the talks were useful.",
])
def test_his_press_office_speaks_for_him(sentence: str, lexicon) -> None:
    assert ["Chile", "Gabriel Boric"] in speakers(_LEAD + sentence, lexicon)


def test_guard_mid_sentence_his_office_unchanged(lexicon) -> None:
    """A guard: a mid-sentence "his office says" is left as it was (no statement of the person last named)."""
    body = _LEAD + "During a dinner on Monday, his office says the talks were useful."
    assert ["Chile", "Gabriel Boric"] not in speakers(body, lexicon)


def test_guard_one_statement_per_speaker_and_day(lexicon) -> None:
    body = _LEAD + "He said on Monday that the talks were useful. His spokesman said on Monday that Peru was a friend."
    assert [kind for kind, _, actors in typed_events(body, lexicon) if actors == ["Chile", "Gabriel Boric"]].count("statement") == 1
