"""Round 728: a cue line is read with regexes only when the text holds the strings each of its cues needs
(`prefilter.literal_gated` and `may_search`, one gate for every cue); the process a text's cues give is the same as
without the gate."""
from __future__ import annotations

import re

import pytest

from tracker.extract import gazetteer
from tracker.extract.prefilter import literal_gated, may_search, required_literals
from tracker.extract.processes import cued_process


@pytest.mark.parametrize("pattern, needles", [
    (r"\bKartarpur\b", {"Kartarpur"}),
    (r"\b(?:Syria|Syrian)\b", {"Syria"}),  # "Syrian" holds "Syria"
    (r"\b(?:LTTE|Tamil Tigers?)\b", {"LTTE", "Tamil Tiger"}),  # an optional last letter is not needed
    (r"\bMali(?:an)?\b", {"Mali"}),
    (r"(?<!South )\bSudan\b", {"Sudan"}),  # what a look-behind rules out is not needed; the name is
])
def test_the_strings_a_cue_needs(pattern: str, needles) -> None:
    assert required_literals(re.compile(pattern)) == frozenset(needles)


def test_every_cue_that_matches_passes_its_gate() -> None:
    """What a cue matches always holds one of the strings it needs: the gate never drops a fitting line."""
    samples = ["Syrian", "U.S.", "US", "Tamil Tigers", "Malian", "Cypriots", "ceasefire", "Nur-Sultan", "Kartarpur",
               "Sri Lankan", "Öcalan", "DEM Party", "guarantors", "mediators", "reconciliation", "Sant'Egidio"]
    for line in gazetteer.PROCESS_CUES.strip().splitlines():
        for cue in line.split(" & ")[1:]:
            compiled = re.compile(cue)
            gated = literal_gated(compiled)
            for sample in samples:
                if compiled.search(sample):
                    assert may_search(gated, sample) and gated.search(sample), (cue, sample)


def test_a_text_without_the_needed_string_is_ruled_out_before_any_regex() -> None:
    gated = literal_gated(re.compile(r"\bKartarpur\b"))
    assert not may_search(gated, "Talks on the corridor resumed on Monday.")
    assert may_search(re.compile(r"(?i)talks"), "anything")  # a plain pattern is never ruled out


def test_the_cued_process_is_unchanged(lexicon) -> None:
    text = "Negotiators of Bangladesh and Myanmar met on Monday on the repatriation of Rohingya refugees."
    key = cued_process(text, lexicon)
    assert key is not None and lexicon.processes[key].name == "Rohingya repatriation talks"
    assert cued_process("The weather was fine in Paris on Monday.", lexicon) is None
