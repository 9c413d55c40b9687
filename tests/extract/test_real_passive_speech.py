"""Speech in the passive with its agent (round 126): "The date was announced by X on Tuesday", "The plan was proposed by
X" are X's acts, as the active voice is; a passive or modal without an agent still reports none. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_confirmed_by_a_ministry(lexicon) -> None:
    text = "The news was confirmed by Peru's Foreign Ministry on Tuesday at a press conference in Lima."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["Ministry of Foreign Affairs of Peru", "Peru"])]


def test_proposed_by_a_state(lexicon) -> None:
    assert typed_events("The plan was proposed by Chile on Tuesday.", lexicon) == [("proposal", dt.date(2023, 5, 9), ["Chile"])]


def test_a_passive_without_its_agent_is_no_act(lexicon) -> None:
    """A guard: "the plan was proposed on Tuesday" names nobody who proposed it."""
    assert typed_events("The plan was proposed on Tuesday.", lexicon) == []
