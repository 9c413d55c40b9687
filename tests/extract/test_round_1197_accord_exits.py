"""Round 1197: a state's exit from an accord, told by any of the wire's verbs ("tore up the pact", "walked away from
the accord", "pulled its navy out of the pact", "the treaty, which was abandoned by X"), is a decision of its own
date (`accord_exits.py`, read among the triggers). An exit from talks or a post, and an exit denied, are not. Sentences
of our own; published Friday 2023-05-12. Read at the rule stage (`learned=False`) and through the triggers themselves."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_events
from tracker.extract.triggers import find_triggers


def _decisions(body: str, lexicon) -> list[tuple]:
    return [(first, actors) for kind, first, actors in typed_events(body, lexicon, learned=False) if kind == "decision"]


@pytest.mark.parametrize(("body", "day"), [
    ("Venezuela tore up its 2019 fishing pact with Colombia in March 2021, officials recalled.", dt.date(2021, 3, 1)),
    ("Peru pulled its navy out of the joint patrol pact in June 2020 and never returned.", dt.date(2020, 6, 1)),
    ("Both sides still cite the water treaty, which was abandoned by Bolivia in 2017, as a model.", dt.date(2017, 1, 1)),
])
def test_an_exit_is_a_decision_of_its_date(body: str, day: dt.date, lexicon) -> None:
    assert [first for first, _ in _decisions(body, lexicon)] == [day]


def _exits(sentence: str) -> list[str]:
    return [t.text for t in find_triggers(sentence) if t.event_type == "decision"]


def test_through_the_triggers() -> None:
    assert _exits("Turkey walked away from the migration accord on 3 February 2022.") == [
        "walked away from the migration accord"]
    assert _exits("Kyiv quit the grain deal last July.") == ["quit the grain deal"]
    assert _exits("The rebels abandoned the talks in June.") == []  # talks, no accord
    assert _exits("The minister quit his post in June.") == []
    assert _exits("The envoy left for Doha on Monday.") == []


def test_an_exit_denied_is_no_event(lexicon) -> None:
    assert _decisions("Bolivia has never abandoned the water treaty, its minister said.", lexicon) == []
