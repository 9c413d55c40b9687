"""Round 234: a call or meeting whose sentence ranges over several processes has none (the annotation guideline).
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_a_call_over_several_processes_has_none(lexicon) -> None:
    body = ("The two foreign ministers discussed the Iran nuclear talks, the Normandy format and the Syrian settlement "
            "during a phone call on Tuesday.")
    assert _processes(body, lexicon) == [None]


def test_a_call_over_several_conflicts_has_none(lexicon) -> None:
    body = "The foreign ministers of Russia and Turkey held a phone call on Wednesday to discuss Syria, Libya and the grain deal."
    assert _processes(body, lexicon) == [None]


def test_a_call_on_one_process_and_its_subject_keeps_it(lexicon) -> None:
    """A guard: the process and the state it is about are one subject."""
    body = "The foreign ministers of Russia and Iran discussed the Astana format on Syria during a phone call on Tuesday."
    assert _processes(body, lexicon) == ["Astana format"]
