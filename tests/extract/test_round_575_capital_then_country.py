"""Round 575: a country named after its own capital ("in Dushanbe, Tajikistan", "in Mexico City, Mexico") says where the
capital is; it takes no part in the meeting; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_country_after_its_capital_is_no_party(lexicon) -> None:
    events = _events("Peruvian Foreign Minister Ana Cruz met Chilean Foreign Minister Luis Soto in Dushanbe, Tajikistan, on "
                     "Monday.", lexicon)
    assert events == [("meeting", ["Ana Cruz", "Chile", "Luis Soto", "Peru"])]


def test_mexico_city_mexico(lexicon) -> None:
    events = _events("Chilean delegations arrived Saturday in Mexico City, Mexico to meet representatives of Peru.", lexicon)
    assert events == [("meeting", ["Chile", "Peru"])]


def test_a_visit_keeps_its_host(lexicon) -> None:
    """The guard: the state a visitor goes to is still the visit's host."""
    events = _events("Peruvian Foreign Minister Ana Cruz arrived in Dushanbe, Tajikistan, on Monday.", lexicon)
    assert events == [("visit", ["Ana Cruz", "Peru", "Tajikistan"])]
