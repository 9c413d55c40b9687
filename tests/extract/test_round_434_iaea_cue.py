"""Round 434 (docs/extraction.md, "Processes"): a story on Iran's nuclear file that never writes "nuclear" ("the IAEA
chief", "uranium enrichment") was given no Iran nuclear talks cue, and a call told beside a trip to China and an
official in Washington took the China-US consultations. The Iran nuclear talks' cue now reads the IAEA and
enrichment too. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.processes import cued_process


def test_an_iaea_call_is_the_iran_nuclear_talks(lexicon) -> None:
    body = ("Iranian Foreign Minister Abbas Araqchi and IAEA Director-General Rafael Grossi, who is in Washington, held "
            "a phone call on Tuesday about the indirect talks between Tehran and Washington. Araqchi then left for "
            "China on a visit.")
    extraction = extract_own(body, lexicon, headline="Araqchi and Grossi talk")
    assert {extraction.process_name(c.process) for c in extraction.events} == {"Iran nuclear talks"}


def test_enrichment_is_the_nuclear_file(lexicon) -> None:
    text = "Iran said on Monday it would discuss enrichment levels with European officials."
    assert lexicon.processes[cued_process(text, lexicon)].name == "Iran nuclear talks"


def test_iran_and_saudi_ties_stay_theirs(lexicon) -> None:
    """A guard: an Iran-Saudi story about embassies names no nuclear word and keeps its own talks."""
    text = "Iran and Saudi Arabia agreed to reopen their embassies, restoring diplomatic ties."
    assert lexicon.processes[cued_process(text, lexicon)].name == "Iran-Saudi Arabia talks"
