"""Round 1036: "he tweeted", "she wrote on Twitter", "he reiterated", "she confirmed": a pronoun before any of the speech
verbs the triggers read (not only "said", "stressed", "told") is the official last named, so the speech is that
official's statement (`mentions._COREF`). Sentences of our own; published Friday 2023-05-12."""
from __future__ import annotations

import pytest

from tests.extract.own_text import speakers

_LEAD = "Chilean Foreign Minister Alberto van Klaveren will travel to Lima next month. "


@pytest.mark.parametrize("sentence", [
    "The trip is meant to close \u201cthe last gaps in the border talks,\u201d he tweeted on Friday.",
    "He wrote on Twitter on Friday that the border talks were going well.",
    "He reiterated on Friday that the border talks were going well.",
    "He confirmed on Friday that the border talks would go on.",
    "He pointed out on Friday that the border talks had never stopped.",
])
def test_a_pronoun_speaks_for_the_official_named_before(sentence: str, lexicon) -> None:
    assert ["Alberto van Klaveren", "Chile"] in speakers(_LEAD + sentence, lexicon)


def test_guard_said_unchanged(lexicon) -> None:
    assert ["Alberto van Klaveren", "Chile"] in speakers(_LEAD + "He said on Friday that the border talks would go on.", lexicon)


def test_guard_one_statement_per_speaker_and_day(lexicon) -> None:
    """Two speech verbs of the same official on the same day stay one statement."""
    found = speakers(_LEAD + "He said on Friday that the talks would go on. He reiterated that the gaps were small.", lexicon)
    assert found.count(["Alberto van Klaveren", "Chile"]) == 1
