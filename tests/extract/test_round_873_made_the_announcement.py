"""Round 873: "made the announcement" names the act of announcing by its noun and points back at the news told just
before it; it is the speaker's `announcement` (docs/extraction.md, "Types": an announcement makes a future event known).
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_events

THURSDAY = dt.date(2023, 5, 11)


@pytest.mark.parametrize(("body", "speaker"), [
    ("The Chilean foreign minister will visit Lima from June 6 to 9. The Chilean Foreign Ministry made the announcement "
     "on Thursday.", "Ministry of Foreign Affairs of Chile"),
    ("Chile and Peru will hold border talks in Arica next week. Peru's foreign ministry made this announcement on "
     "Thursday, noting that the talks had been delayed.", "Ministry of Foreign Affairs of Peru"),
    ("Peru will host the summit in July. Peruvian President Dina Boluarte made the announcement on Thursday in Lima.",
     "Dina Boluarte"),
])
def test_made_the_announcement_is_an_announcement(body: str, speaker: str, lexicon) -> None:
    said = [(kind, day) for kind, day, actors in typed_events(body, lexicon) if speaker in actors]
    assert said == [("announcement", THURSDAY)]


@pytest.mark.parametrize("body", [
    "Peruvian President Dina Boluarte said on Thursday that the talks had been useful.",
    "Peruvian President Dina Boluarte announced on Thursday that the talks had been useful.",
])
def test_guard_words_with_nothing_to_come_stay_a_statement(body: str, lexicon) -> None:
    """The guard: "said" and a bare "announced" with nothing to come are statements, as before."""
    assert [kind for kind, _, _ in typed_events(body, lexicon)] == ["statement"]
