"""Round 1261: a state's measure toward another, told by its own verb with its own date, is a decision: sanctions
imposed or lifted, a group designated a terrorist organisation, a state's independence recognised, a border shut or
reopened, a channel of dialogue cut (`state_measures.py`, read among the triggers). The verbs with other objects are
not read. Sentences of our own; published Friday 2023-05-12. Read at the rule stage (`learned=False`) and through the
triggers themselves."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import rule_days, trigger_texts


@pytest.mark.parametrize(("body", "day"), [
    ("Chile lifted its fishing embargo on Peru in June 2019, two years after the dispute began.", dt.date(2019, 6, 1)),
    ("The Andean Liberation Front, which Peru designated as a terrorist group in March 2018, denies the charge.",
     dt.date(2018, 3, 1)),
    ("Ecuador recognized Guyana's independence in 1966 and opened an embassy soon after.", dt.date(1966, 1, 1)),
    ("Peru sealed its northern border with Ecuador on 3 February 2021 to stop smuggling.", dt.date(2021, 2, 3)),
    ("Caracas cut off the military hotline in October 2022 to protest against the naval drills.", dt.date(2022, 10, 1)),
])
def test_a_measure_is_a_decision_of_its_date(body: str, day: dt.date, lexicon) -> None:
    assert rule_days(body, lexicon, "decision") == [day]


def test_through_the_triggers() -> None:
    assert trigger_texts("Brussels imposed new sanctions on the junta in May 2021.", "decision") == ["imposed new sanctions"]
    assert trigger_texts("The news lifted the mood of the negotiators.", "decision") == []  # no sanctions
    assert trigger_texts("The chair closed the meeting at noon.", "decision") == []  # no border
    assert trigger_texts("Both sides recognized the need for more talks.", "decision") == []  # no state
    assert trigger_texts("The storm cut off power lines in the capital.", "decision") == []  # no channel of dialogue


def test_an_undated_measure_is_no_event(lexicon) -> None:
    assert rule_days("The group has been designated as a terrorist organization under Chilean law.", lexicon, "decision") == []
