"""Visits and places (round 38): other words for a visit ("will pay a visit to", "will fly to"), the host of a visit
named by its city, a country after a town ("in Quito, Ecuador") and a capital after "the <adjective> capital" (the place,
not a party), and demonyms the world data lacks; sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon, learned: bool = True):
    extraction = extract_own(text, lexicon, learned=learned)  # published Friday 2023-05-12
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors), c.venue[0] if c.venue else None)
            for c in extraction.events]


@pytest.mark.parametrize("sentence, first, last", [
    ("Chilean Foreign Minister Ana Ruiz will pay a visit to Peru next week.", dt.date(2023, 5, 15), dt.date(2023, 5, 21)),
    ("Chilean Foreign Minister Ana Ruiz will fly to Lima on Monday.", dt.date(2023, 5, 15), dt.date(2023, 5, 15)),
    ("Chilean Foreign Minister Ana Ruiz paid an official visit to Peru on Wednesday.", dt.date(2023, 5, 10), dt.date(2023, 5, 10)),
])
def test_other_words_for_a_visit(sentence: str, first: dt.date, last: dt.date, lexicon) -> None:
    [(kind, day, actors, venue)] = _events(sentence, lexicon, learned=False)
    assert (kind, day, actors) == ("visit", first, ["Ana Ruiz", "Chile", "Peru"])
    assert venue in ("Peru", "Lima")


def test_the_city_visited_gives_the_host_state(lexicon) -> None:
    assert _events("Chilean Foreign Minister Ana Ruiz visited Lima on Wednesday.", lexicon) == \
        [("visit", dt.date(2023, 5, 10), ["Ana Ruiz", "Chile", "Peru"], "Lima")]


def test_a_delegation_without_a_state_gets_no_host(lexicon) -> None:
    """A guard: a visit with no visitor named gets no host either (the synthetic labels leave it without actors)."""
    assert _events("A government delegation arrived in Lima on Wednesday.", lexicon) == \
        [("visit", dt.date(2023, 5, 10), [], "Lima")]


def test_a_country_after_a_town_takes_no_part(lexicon) -> None:
    assert _events("The foreign ministers of Chile and Peru met on Wednesday in Quito, Ecuador.", lexicon) == \
        [("meeting", dt.date(2023, 5, 10), ["Chile", "Peru"], "Quito")]


def test_a_list_of_states_is_no_town_and_its_country(lexicon) -> None:
    """A guard: "from Chile, Peru and Bolivia" are all parties."""
    assert _events("Envoys from Chile, Peru and Bolivia met in Quito on Wednesday.", lexicon) == \
        [("meeting", dt.date(2023, 5, 10), ["Bolivia", "Chile", "Peru"], "Quito")]


def test_a_capital_named_after_its_state_adjective_is_the_place(lexicon) -> None:
    assert _events("Talks between Chile and Peru were held in the Norwegian capital Oslo on Wednesday.", lexicon) == \
        [("meeting", dt.date(2023, 5, 10), ["Chile", "Peru"], "Oslo")]


def test_a_demonym_the_world_data_lacks(lexicon) -> None:
    assert _events("The foreign ministers of Chile and Peru met on Wednesday in the Ecuadorian capital.", lexicon) == \
        [("meeting", dt.date(2023, 5, 10), ["Chile", "Peru"], "Quito")]
