"""Round 430 (docs/extraction.md, "Processes"): a story that names no process took the first process whose cues fit
(`gazetteer.PROCESS_CUES`), so a Cyprus story that names Greece and Turkey once, as guarantors, went to the
Greece-Turkey dialogue. When several processes' cues fit, the one whose least-named cue the text names most wins now.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.processes import cued_process


def _processes(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon, headline="Leaders gather")
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_a_cyprus_story_naming_the_guarantors_once(lexicon) -> None:
    body = ("Cypriot President Nikos Christodoulides met UN envoy Maria Holguin in Nicosia on Tuesday to prepare an "
            "informal gathering on Cyprus. Christodoulides said the foreign ministers of Greece and Turkey would join the "
            "talks. The Cyprus problem has defied mediation for decades, and Christodoulides hopes to revive it.")
    assert ("meeting", "Cyprus reunification talks") in _processes(body, lexicon)


def test_the_cue_named_most_wins(lexicon) -> None:
    text = ("Greece and Turkey will join the talks on Cyprus. Christodoulides spoke of Cyprus; Christodoulides "
            "met Cyprus officials.")
    assert lexicon.processes[cued_process(text, lexicon, story=True)].name == "Cyprus reunification talks"


def test_a_greece_turkey_story_keeps_its_dialogue(lexicon) -> None:
    """A guard: a story on Greece and Turkey's own talks that names Cyprus once stays theirs."""
    text = ("Greek and Turkish diplomats held exploratory talks in Athens on Tuesday. Greece and Turkey said the talks "
            "covered the Aegean; Greece raised Cyprus once.")
    assert lexicon.processes[cued_process(text, lexicon, story=True)].name == "Greece-Turkey dialogue"
