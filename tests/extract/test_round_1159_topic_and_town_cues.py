"""Round 1159 (helper pr24): two processes wires tell without naming them, by their topic or their town. Brexit copy
names "the Brexit secretary", "the EU's chief Brexit negotiator" and "the fifth round of talks", never "the Brexit
negotiations"; copy on the Libya conference of January 2020 says "talks at the chancellery in Berlin" and "Merkel
hosted leaders", never "the Berlin process". Two cue lines (gazetteer.PROCESS_CUES): Brexit with talks, negotiations,
a negotiator or a round; Libya, Berlin and a conference, a summit, the chancellor or the chancellery. Stories of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import cued_process


def _cued(text: str, lexicon: Lexicon) -> str | None:
    key = cued_process(text, lexicon, story=True)
    return lexicon.processes[key].name if key else None


@pytest.mark.parametrize("text, process", [
    ("Britain's Brexit minister and the EU negotiator opened a sixth round in Brussels on Monday, with fishing rights "
     "still unresolved.", "Brexit negotiations"),
    ("Leaders of a dozen states met at the chancellery in Berlin on Sunday and pledged to stop arming Libya's rival "
     "camps, Merkel said.", "Berlin process"),
])
def test_the_story_is_the_process(text: str, process: str, lexicon: Lexicon) -> None:
    assert _cued(text, lexicon) == process, text


@pytest.mark.parametrize("text", [
    "Sterling fell after the Brexit vote, and bankers met in London on Tuesday.",
    "Libya's foreign minister visited Berlin on Monday for talks on migration.",
])
def test_not_the_process(text: str, lexicon: Lexicon) -> None:
    assert _cued(text, lexicon) not in ("Brexit negotiations", "Berlin process"), text


def test_the_events_take_it(lexicon: Lexicon) -> None:
    body = ("Britain's Brexit secretary and the EU's chief negotiator will sum up the fifth round of talks in Brussels "
            "on Thursday, officials said.")
    extraction = extract_own(body, lexicon, headline="Brexit negotiators to sum up round", learned=False)
    assert "Brexit negotiations" in {extraction.process_name(c.process) for c in extraction.events}
