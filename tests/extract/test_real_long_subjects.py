"""Talks whose subject runs long before the verb (round 95): "A series of trilateral meetings between Chile, Peru, and
Bolivia regarding the Silala waters (RSW) resumed on Thursday in La Paz" and "Negotiations between Chile and Peru,
interrupted for four years after starting in 2017, resumed on November 22 in Lima" gave nothing (a list of names, a
bracket or an aside between commas ended the clause) or the aside's year; "X, Y and Z on Wednesday had a trilateral
meeting in Lima" gave nothing ("had a … meeting" was no trigger). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_days, typed_events


def test_a_list_and_a_bracket_before_the_verb(lexicon) -> None:
    body = ("A series of trilateral meetings between Chile, Peru, and Bolivia regarding the Silala waters (RSW) resumed "
            "on Thursday in Lima.")
    assert typed_events(body, lexicon) == [("meeting", dt.date(2023, 5, 11), ["Bolivia", "Chile", "Peru"])]


def test_an_aside_with_a_year_before_the_verb(lexicon) -> None:
    body = ("Negotiations between Chile and Peru, interrupted for four years after starting in 2017, resumed on "
            "November 22 in Lima.")
    assert typed_events(body, lexicon) == [("meeting", dt.date(2022, 11, 22), ["Chile", "Peru"])]


def test_had_a_trilateral_meeting(lexicon) -> None:
    body = ("Chilean Foreign Minister Ana Soto, Bolivian Foreign Minister Rogelio Mayta and Peruvian Foreign Minister "
            "Luis Vera on Wednesday had a trilateral meeting in Lima.")
    assert typed_days(body, lexicon) == [("meeting", dt.date(2023, 5, 10))]
