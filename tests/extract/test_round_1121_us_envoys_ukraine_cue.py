"""Round 1121 (helper pr23): copy on the US-mediated Ukraine talks of 2025 often names no process: it tells of the US
envoys (Witkoff, Kushner, Driscoll) with Putin or his aides and a peace plan or settlement, or of the Secretary of State
and the envoys with Ukraine and "the American proposal" or "the 28-point plan". Two cue lines (gazetteer.PROCESS_CUES),
listed before the Russia-Ukraine lines, read such a story as the US-mediated Ukraine ceasefire talks. Sentences of our
own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon
from tracker.extract.processes import cued_process


def _cued(text: str, lexicon: Lexicon) -> str | None:
    key = cued_process(text, lexicon, story=True)
    return lexicon.processes[key].name if key else None


@pytest.mark.parametrize("text", [
    "Envoy Steve Witkoff held four hours of talks with Vladimir Putin in the Kremlin on Tuesday on a settlement of the "
    "war in Ukraine, Yuri Ushakov told reporters.",
    "Jared Kushner and Witkoff will fly to Moscow next week to present Putin with the revised peace framework for "
    "Ukraine, the Kremlin said.",
    "Ukrainian and American officials worked through the 28-point plan in Geneva on Sunday, and Secretary of State Marco "
    "Rubio called the day productive.",
    "Rubio said the American proposal for Ukraine was a living document that Kyiv could still amend.",
])
def test_the_envoys_story_is_the_us_mediated_talks(text: str, lexicon: Lexicon) -> None:
    assert _cued(text, lexicon) == "US-mediated Ukraine ceasefire talks", text


def test_the_story_gives_its_events_the_process(lexicon: Lexicon) -> None:
    text = ("Steve Witkoff met Vladimir Putin in the Kremlin on Tuesday for five hours of talks on the US peace "
            "proposal for Ukraine. Putin's aide Yuri Ushakov said the conversation was useful.")
    extraction = extract_own(text, lexicon, headline="Putin receives US envoys", learned=False)
    names = {extraction.process_name(c.process) for c in extraction.events}
    assert "US-mediated Ukraine ceasefire talks" in names


@pytest.mark.parametrize("text, process", [
    # guards: the envoy in an Iran story keeps the Iran line; a Russia-Ukraine round with its delegations and no US
    # envoy keeps the Russia-Ukraine talks; a Gaza truce story with Witkoff keeps Gaza
    ("Witkoff and Iran's foreign minister held indirect talks in Muscat on Saturday through Omani mediators.",
     "Iran nuclear talks"),
    ("Russian and Ukrainian delegations met in Istanbul on Monday for peace talks and agreed a prisoner swap.",
     "Russia-Ukraine prisoner exchanges"),
    ("Witkoff arrived in Doha on Friday to push Hamas and Israel toward a Gaza ceasefire and the release of hostages.",
     "Gaza ceasefire talks"),
])
def test_other_stories_keep_their_lines(text: str, process: str, lexicon: Lexicon) -> None:
    assert _cued(text, lexicon) == process, text


def test_the_envoy_with_putin_on_no_peace_is_not_read(lexicon: Lexicon) -> None:
    # a guard: Witkoff and Putin with no plan, settlement, peace or negotiation named fit no new line
    text = "Witkoff visited the Kremlin on Thursday and met Putin, who showed him a portrait, Ushakov said."
    assert _cued(text, lexicon) != "US-mediated Ukraine ceasefire talks"
