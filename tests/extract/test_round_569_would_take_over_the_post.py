"""Round 569: words that fix the day someone takes up a post ("X said Y would take over the position on November 1")
make the start of the mandate known, an announcement. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_would_take_over_the_position_on_a_day(lexicon) -> None:
    events = typed_events("UN spokesman Pedro Alves said Luis Mora would be set to take over the position, empty since "
                          "May 2019, on November 1.", lexicon)
    assert [kind for kind, _, _ in events] == ["announcement"]


def test_guard_had_taken_over_the_position_stays_a_statement(lexicon) -> None:
    """The guard: a post already taken up makes nothing to come known."""
    events = typed_events("UN spokesman Pedro Alves said Luis Mora had taken over the position on November 1.", lexicon)
    assert [kind for kind, _, _ in events] == ["statement"]
