"""Round 612: a statement the closing attribution gives to another speaker ("X expressed her readiness …, Minister Y said
on Tuesday") is one event with that speaker's other words of the same day. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events

_FIRST = ("UN Special Envoy Rosa Diaz expressed her readiness to resume the border talks after the vote, Chile's Foreign "
          "Minister Ana Soto said on Tuesday after a meeting with the envoy in Geneva.\n\n")


def test_the_reporter_of_the_words_speaks_once_that_day(lexicon) -> None:
    body = _FIRST + "Soto said that Diaz expressed her wish for the procedure to resume in the autumn."
    speech = [(day, actors) for kind, day, actors in typed_events(body, lexicon) if kind == "statement"]
    assert [actors for _, actors in speech] == [["Ana Soto", "Chile"]]


def test_guard_words_of_another_day_stay_apart(lexicon) -> None:
    """The guard: the same speaker on another day is another statement."""
    body = _FIRST + "On Thursday, Soto said that the border talks would need a new mediator."
    speech = [(kind, day) for kind, day, actors in typed_events(body, lexicon) if kind in ("statement", "announcement")]
    assert len(speech) == 2
