"""Planned rounds told in the future (round 83): "agreed to hold the next, 22nd round in Astana in June" is one planned
round (status announced, June, Astana; the comma between "next" and the ordinal had hidden the trigger, and the round
was kept undated as held); "Russia and Turkey plan to hold talks" names both states ("Turkey plan" had been read as a
topic, "the Turkey plan"). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own

_HELD = "The 21st round of the Astana talks ended in Astana on Thursday. "


def _rounds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.round_number, c.status, c.first, c.venue[0] if c.venue else None,
             sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_agreed_to_hold_the_next_numbered_round(lexicon) -> None:
    body = _HELD + "The sides agreed to hold the next, 22nd round in Astana in June."
    assert _rounds(body, lexicon) == [("talk_round", 21, "held", dt.date(2023, 5, 11), "Astana", []),
                                      ("talk_round", 22, "announced", dt.date(2023, 6, 1), "Astana", [])]


def test_states_that_plan_to_hold_talks(lexicon) -> None:
    assert _rounds("Russia and Turkey plan to hold talks in June.", lexicon) == [
        ("meeting", None, "announced", dt.date(2023, 6, 1), None, ["Russia", "Türkiye"])]


def test_the_next_numbered_round_will_be_held(lexicon) -> None:
    """A guard: the future tense gives one planned round, dated by its days."""
    body = _HELD + "The next, 22nd round will be held in Astana on June 20-21."
    assert _rounds(body, lexicon)[1:] == [("talk_round", 22, "scheduled", dt.date(2023, 6, 20), "Astana", [])]
