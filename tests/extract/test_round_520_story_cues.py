"""Round 520 (docs/extraction.md, "Processes"): stories that name no process by any name the gazetteer knows had none,
though their cues were plain: the DR Congo and Rwanda signing a declaration in Washington, Hamas and Israel in indirect
talks through mediators, Libya's 5+5 military committee meeting, Eritrea and Ethiopia after their peace agreement. Each
now has a cue line (`gazetteer.PROCESS_CUES`). Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.processes import cued_process


@pytest.mark.parametrize(("text", "process"), [
    ("The foreign ministers of the DRC and Rwanda signed a joint declaration at the State Department on Friday, with "
     "Secretary Rubio looking on.", "DRC-Rwanda Washington process"),
    ("Mediators said on Monday that the indirect negotiations between Israel and Hamas would go on through the week.",
     "Gaza ceasefire talks"),
    ("Libya's 5+5 military committee met on Sunday for the first time this year.", "Berlin process"),
    ("Eritrea's president will travel to Ethiopia next week, days after the two neighbours made peace.",
     "Ethiopia-Eritrea peace process"),
])
def test_the_cues_give_the_process(lexicon, text: str, process: str) -> None:
    assert lexicon.processes[cued_process(text, lexicon)].name == process


def test_a_signing_story_takes_the_washington_process(lexicon) -> None:
    body = ("The foreign ministers of the DRC and Rwanda signed a joint declaration in Washington on Friday. Secretary "
            "Rubio said the text opens the way to a peace agreement within weeks.")
    extraction = extract_own(body, lexicon, headline="Kinshasa and Kigali sign declaration")
    agreements = [c for c in extraction.events if c.event_type == "agreement"]
    assert agreements and {extraction.process_name(c.process) for c in agreements} == {"DRC-Rwanda Washington process"}


def test_the_luanda_process_keeps_its_stories(lexicon) -> None:
    """A guard: a story of Angola's mediation between the DRC and Rwanda stays the Luanda process, though it names
    Washington's envoy too."""
    text = ("Angola's president hosted the foreign ministers of the DRC and Rwanda on Monday; an envoy from Washington "
            "attended.")
    assert lexicon.processes[cued_process(text, lexicon)].name == "Luanda process"


def test_a_gaza_ceasefire_cue_is_no_cairo_dialogue(lexicon) -> None:
    """A guard: Hamas and Fatah meeting in Cairo, with no Israel in the text, stay the intra-Palestinian dialogue."""
    text = "Hamas and Fatah delegations met in Cairo on Tuesday to discuss reconciliation and a unity government."
    assert lexicon.processes[cued_process(text, lexicon)].name == "Cairo intra-Palestinian dialogue"
