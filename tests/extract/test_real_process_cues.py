"""Processes a story implies without naming them (round 44), from cues of our own sentences: the four Normandy states
with Minsk or advisers, a contact group on Donbas, the two Koreas, Sudan's army and the RSF with Saudi mediators, the
Astana guarantors in Kazakhstan, Kosovo and Serbia with the EU's envoy, Venezuela's government and opposition with
Norway; and a decision to leave the story's deal takes the story's process."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon) -> list[str | None]:
    extraction = extract_own(text, lexicon, headline="Diplomacy")
    return [extraction.process_name(c.process) for c in extraction.events if c.event_type not in ("statement",)]


@pytest.mark.parametrize("sentence, process", [
    ("Advisers to the leaders of Russia, Ukraine, Germany and France met in Paris on Tuesday.", "Normandy format"),
    ("The contact group on Donbas, which includes Ukraine, Russia and the OSCE, met by video link on Tuesday.",
     "Trilateral Contact Group"),
    ("The two Koreas held talks at Panmunjom on Tuesday on family reunions.", "Inter-Korean talks"),
    ("Negotiators of the Sudanese army and the RSF met on Tuesday in the Saudi city of Taif.", "Jeddah talks"),
    ("Russia, Iran and Turkey, the guarantors of the Syria ceasefire, will meet in the Kazakh capital on June 20-21.",
     "Astana format"),
    ("The leaders of Kosovo and Serbia met in Brussels on Tuesday with the EU-facilitated dialogue's envoy.",
     "Belgrade-Pristina dialogue"),
    ("Envoys of Venezuela's government and the opposition met in Mexico City on Tuesday with Norway mediating.",
     "Venezuela government-opposition negotiations"),
])
def test_a_process_the_story_implies(sentence: str, process: str, lexicon) -> None:
    assert set(_processes(sentence, lexicon)) == {process}


def test_a_decision_to_leave_the_deal_takes_the_storys_process(lexicon) -> None:
    text = ("The Iran nuclear talks resumed in Vienna on Tuesday. The United States withdrew from the deal in May 2018, "
            "the envoy recalled.")
    assert _processes(text, lexicon) == ["Iran nuclear talks", "Iran nuclear talks"]


def test_a_resolution_keeps_no_process_of_the_story(lexicon) -> None:
    """A guard: a council's resolution on another matter is not the story's process."""
    text = ("The Iran nuclear talks resumed in Vienna on Tuesday. The Security Council adopted a resolution on Haiti on "
            "Tuesday.")
    assert _processes(text, lexicon) == ["Iran nuclear talks", None]
