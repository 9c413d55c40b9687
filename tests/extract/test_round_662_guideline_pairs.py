"""Round 662 (docs/extraction.md, "Rounds on the real corpus"): the three processes the guideline took in with articles
500-559 (Pakistan-Afghanistan talks, Guyana-Venezuela dialogue (Argyle Declaration), Russia-US normalization talks) are
in the gazetteer under the guideline's names, with the wordings wire copy uses and the cues of their parties and
topics. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set[str | None]:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body, process", [
    ("Afghan and Pakistani negotiators met in Istanbul on Thursday for a third round, Turkish officials said.",
     "Pakistan-Afghanistan talks"),
    ("The Pak-Afghan talks resumed in Riyadh on Thursday with Saudi officials in the room.", "Pakistan-Afghanistan talks"),
    ("Guyanese and Venezuelan foreign ministers met in Brasilia on Thursday to review the Argyle Declaration.",
     "Guyana-Venezuela dialogue (Argyle Declaration)"),
    ("Russian and US diplomats held consultations on bilateral irritants in Istanbul on Thursday.",
     "Russia-US normalization talks"),
])
def test_wire_wordings_of_the_batch_processes(body: str, process: str, lexicon) -> None:
    assert _processes(body, lexicon) == {process}


def test_guard_the_us_taliban_talks_stay_the_doha_talks(lexicon) -> None:
    body = ("The United States and the Taliban resumed talks in Doha on Thursday. Pakistan, which helped arrange the "
            "negotiations, welcomed the move.")
    assert "Doha talks" in _processes(body, lexicon)
