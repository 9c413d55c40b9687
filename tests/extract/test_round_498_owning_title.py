"""Round 498: a capitalised title with no article owning a noun ("Chilean Foreign Minister's visit") is the official of
that title named before; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_the_ministers_visit_is_the_visit_of_the_minister_named_before(lexicon) -> None:
    events = _events("Peruvian Foreign Minister Luis Vera met with Chilean Foreign Minister Ana Soto in Quito on Monday.\n\n"
                     "Recalling Chilean Foreign Minister's visit to Peru in January 2021, Vera praised the ties.", lexicon)
    visits = [actors for kind, actors in events if kind == "visit"]
    assert visits and {"Ana Soto", "Chile", "Peru"} <= set(visits[0])


def test_a_title_two_officials_hold_names_neither(lexicon) -> None:
    """The guard: when two officials of that state hold the title, the phrase names no one of them."""
    events = _events("Chilean Foreign Minister Ana Soto and Chilean Deputy Foreign Minister Rosa Diaz met Peruvian "
                     "officials in Lima on Monday.\n\nRecalling Chilean Minister's visit to Peru in January 2021, the "
                     "Peruvian side praised the ties.", lexicon)
    visits = [actors for kind, actors in events if kind == "visit"]
    assert not visits or not ({"Ana Soto", "Rosa Diaz"} & set(visits[0]))
