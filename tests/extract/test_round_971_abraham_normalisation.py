"""Round 971 (helper z1): the Abraham Accords told without their name. Israel's normalisation with the United Arab
Emirates, Bahrain and Morocco (2020) is the Abraham Accords: copy tells it as normalisation, an embassy opened or
diplomatic ties, and names the accords rarely. Sentences of our own; guards: other Israeli stories keep theirs."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon) -> set[str | None]:
    extraction = extract_own(text, lexicon, headline="Diplomacy")
    return {extraction.process_name(c.process) for c in extraction.events if c.event_type != "statement"}


@pytest.mark.parametrize("text", [
    "Israel's foreign minister opened his country's embassy in Manama on Thursday with his Bahraini counterpart.",
    "Bahrain's foreign minister arrived in Israel on Wednesday, a month after the two states normalised ties.",
    "Israeli and Moroccan officials signed four agreements in Rabat on Tuesday under the normalisation deal.",
    "The UAE and Israel agreed on Thursday to establish full diplomatic relations, the White House said.",
    "An Emirati delegation visited Israel on Monday, the first since the normalization of relations was signed.",
])
def test_israels_normalisation_with_a_gulf_or_maghreb_state(text: str, lexicon: Lexicon) -> None:
    assert "Abraham Accords" in _processes(text, lexicon)


@pytest.mark.parametrize("text, process", [
    ("Israel and Hamas agreed on a ceasefire in Gaza on Tuesday after talks in Cairo.", "Gaza ceasefire talks"),
    ("Israeli and Lebanese negotiators met in Naqoura on Monday on the maritime border.",
     "Israel-Lebanon maritime border talks"),
])
def test_other_israeli_stories_keep_their_process(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon)
