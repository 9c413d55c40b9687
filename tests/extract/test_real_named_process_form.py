"""A process named from the text takes the states' names (round 109): "the Thai-Cambodian border talks" and "the
Sino-Indian boundary talks" are the "Thailand-Cambodia border talks" and the "China-India boundary talks", one stable
form whichever way a story spells them (the guideline's list names such processes by their states). Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _process(body: str, lexicon) -> str | None:
    extraction = extract_own(body, lexicon)
    return extraction.process_name(extraction.events[0].process)


def test_adjectives_become_state_names(lexicon) -> None:
    assert _process("The Thai-Cambodian border talks resumed in Bangkok on Monday.", lexicon) == "Thailand-Cambodia border talks"
    assert _process("The Sino-Indian boundary talks resumed in Beijing on Monday.", lexicon) == "China-India boundary talks"


def test_a_part_that_is_no_state_keeps_the_text_s_form(lexicon) -> None:
    assert _process("The Russia-NATO talks resumed in Brussels on Monday.", lexicon) == "Russia-NATO talks"
