"""Round 728: a cue line is read with regexes only when the text holds each cue's literal beginnings
(`cue_gate.necessary`); the process a text's cues give is the same as without the gate."""
from __future__ import annotations

import re

import pytest

from tracker.extract import gazetteer
from tracker.extract.cue_gate import may_match, necessary
from tracker.extract.processes import cued_process


@pytest.mark.parametrize("pattern, prefixes", [
    (r"\bKartarpur\b", ("Kartarpur",)),
    (r"\b(?:Syria|Syrian)\b", ("Syria", "Syrian")),
    (r"\b(?:LTTE|Tamil Tigers?)\b", ("LTTE", "Tamil Tiger")),  # an optional last letter is not needed
    (r"\b(?:U\.S\.|US\b|United States)", ("U.S.", "US", "United States")),
    (r"\bMali(?:an)?\b", ("Mali",)),
    (r"(?<!South )\bSudan\b", None),  # a look-behind first: the regex alone
    (r"\b(?:[Cc]ease-?fire|truce)\b", None),  # one alternative without a literal beginning: none
    (r"\b(?:peace|talks)?\b", None),  # an optional group needs nothing
])
def test_the_literal_beginnings(pattern: str, prefixes) -> None:
    assert necessary(pattern) == prefixes


def test_every_cue_that_matches_holds_its_beginnings() -> None:
    """What a cue matches always holds one of its beginnings: the gate never drops a fitting line."""
    samples = ["Syrian", "U.S.", "US", "Tamil Tigers", "Malian", "Cypriots", "ceasefire", "Nur-Sultan", "Kartarpur",
               "Sri Lankan", "Öcalan", "DEM Party", "guarantors", "mediators", "reconciliation", "Sant'Egidio"]
    for line in gazetteer.PROCESS_CUES.strip().splitlines():
        for cue in line.split(" & ")[1:]:
            compiled, prefixes = re.compile(cue), necessary(cue)
            for sample in samples:
                if compiled.search(sample):
                    assert may_match(prefixes, sample), (cue, sample)


def test_the_cued_process_is_unchanged(lexicon) -> None:
    text = "Negotiators of Bangladesh and Myanmar met on Monday on the repatriation of Rohingya refugees."
    key = cued_process(text, lexicon)
    assert key is not None and lexicon.processes[key].name == "Rohingya repatriation talks"
    assert cued_process("The weather was fine in Paris on Monday.", lexicon) is None
