"""Round 726: the Israel-Syria talks of two eras. The indirect talks of 2008 (Turkish mediators, Olmert) are the peace
talks under any of their wordings; the talks of 2025 (Dermer, al-Shaibani, Barrack) are the security talks, though
they were indirect at first too. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body", [
    "Israeli and Syrian envoys will hold a fourth round of Israel-Syria indirect talks in Ankara on Monday, Olmert's aides said.",
    "Israeli and Syrian negotiators held indirect peace talks on the Golan Heights through Turkish mediators on Wednesday.",
    "The Syrian-Israeli indirect talks resumed in Istanbul on Tuesday with Turkish mediators in separate rooms.",
])
def test_the_talks_of_2008_are_the_peace_talks(lexicon, body: str) -> None:
    assert _processes(body, lexicon) == {"Israel-Syria peace talks"}, body


def test_the_indirect_talks_of_2025_are_the_security_talks(lexicon) -> None:
    """A guard: the same wording in a story of al-Shaibani and Dermer."""
    body = ("Asaad al-Shaibani and Ron Dermer held Israel-Syria indirect talks in Baku on Saturday on a de-escalation "
            "deal, officials said.")
    assert _processes(body, lexicon) == {"Israel-Syria security talks"}
