"""Round 1077 (helper pr22): the trilateral talks of Russia, Ukraine and the United States (2025-2026) are the
US-mediated Ukraine ceasefire talks, whatever the order wires name the three in ("Russia-US-Ukraine negotiations",
"trilateral talks between Ukrainian, US and Russian delegations"), and "the Geneva talks" of a story about them are
theirs, not Syria's Geneva process nor the Russia-US strategic stability dialogue (gazetteer.AMBIGUOUS). Sentences of
our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon

TALKS = "US-mediated Ukraine ceasefire talks"


def _processes(text: str, lexicon: Lexicon, headline: str = "Diplomacy") -> set[str | None]:
    extraction = extract_own(text, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("text", [
    "The Ukraine-US-Russia negotiations resumed in Abu Dhabi on Monday, both delegations said.",
    "A new round of US-Russia-Ukraine talks opened in Istanbul on Tuesday.",
    "Trilateral talks between Ukrainian, US and Russian delegations ended in Riyadh on Friday without a deal.",
])
def test_the_three_named_in_any_order(text: str, lexicon: Lexicon) -> None:
    assert TALKS in _processes(text, lexicon), text


def test_the_geneva_talks_of_a_trilateral_story(lexicon: Lexicon) -> None:
    text = ("Delegations of Russia, Ukraine and the United States met in Geneva on Tuesday for a trilateral round on "
            "security guarantees. Zelensky said on Wednesday he awaited a report on the Geneva talks.")
    assert _processes(text, lexicon) == {TALKS}


@pytest.mark.parametrize("text, process", [
    # guards: Geneva talks on security guarantees with no trilateral stay the strategic stability dialogue; Syria's
    # Geneva talks stay the Geneva process
    ("Ryabkov and Sherman held talks on security guarantees in Geneva on Monday, with Ukraine high on the agenda. "
     "Ryabkov said on Tuesday the Geneva talks were difficult.", "Russia-US strategic stability dialogue"),
    ("The Syrian government and opposition resumed the Geneva talks on Monday, the UN envoy said; a trilateral "
     "meeting on Ukraine was held elsewhere.", "Geneva process"),
])
def test_other_geneva_talks_keep_theirs(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon), text
