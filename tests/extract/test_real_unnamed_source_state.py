"""An unnamed source with a stated affiliation is that state (round 121; docs/extraction.md, "Actors"): "A Russian source
told Reuters that the Riyadh talks had concluded" (264) and "a senior Peruvian official told reporters" gave statements
with no actors (a state named by its adjective was no actor there; "a senior U.S. official" already was the United States).
The one state adjective inside the unnamed source's phrase is now the statement's actor. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_state_source(lexicon) -> None:
    body = "A senior Peruvian official told reporters on Monday that the border talks had ended."
    assert typed_events(body, lexicon) == [("statement", dt.date(2023, 5, 8), ["Peru"])]


def test_an_unaffiliated_source_has_no_actor(lexicon) -> None:
    """A guard: "a diplomatic source" is nobody's."""
    body = "A diplomatic source told TASS on Monday that the border talks had ended."
    assert typed_events(body, lexicon) == [("statement", dt.date(2023, 5, 8), [])]
