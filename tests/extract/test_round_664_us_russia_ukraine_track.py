"""Round 664 (docs/extraction.md, "Rounds on the real corpus"): the US president or his envoy meeting the Russian
president on a ceasefire or on ending the war in Ukraine is the US-mediated Ukraine ceasefire talks (the guideline's
open question 5 of articles 500-519: the Alaska summit), not the Russia-Ukraine talks the cues gave for a story naming
Russia, Ukraine and delegations. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon) -> set[str | None]:
    extraction = extract_own(body, lexicon, headline="Talks")
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body", [
    "Donald Trump and Vladimir Putin held a summit in Budapest on Thursday on ending the war in Ukraine; their "
    "delegations met for three hours.",
    "US envoy Steve Witkoff met Putin at the Kremlin on Thursday to press for a ceasefire in Ukraine, and the two "
    "delegations agreed to meet again.",
    "Trump will meet Putin in Helsinki next week, the Kremlin said on Thursday, to discuss a ceasefire in Ukraine with "
    "both delegations.",
])
def test_a_us_russia_meeting_on_the_war_is_the_us_mediated_track(body: str, lexicon) -> None:
    assert _processes(body, lexicon) == {"US-mediated Ukraine ceasefire talks"}


def test_guard_russia_and_ukraine_delegations_stay_their_talks(lexicon) -> None:
    body = ("Russian and Ukrainian delegations met in Istanbul on Thursday for peace talks; the Kremlin said Putin "
            "would not attend.")
    assert _processes(body, lexicon) == {"Russia-Ukraine talks"}
