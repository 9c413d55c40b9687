"""Round 735: in a list of titled people ("President X, Chilean President Y and …") the state before the second title is
the second person's, not an apposition of the first; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_the_next_persons_state_is_not_the_first_ones(lexicon) -> None:
    body = ('The ceremony was attended by President Ana Soto, Chilean President Luis Mora and Bolivian Foreign Minister '
            'Juan Paz. "It is a day of peace," Soto said on Monday.')
    assert typed_actors(body, lexicon) == [("statement", ["Ana Soto"])]
    body = ('At the signing on Monday, from left, President Ana Soto, Chilean Foreign Minister Luis Mora and rebel leader '
            'Juan Paz. Peruvian President Ana Soto and Juan Paz signed the accord in Lima on Monday. "It is a day of '
            'peace," said Soto on Monday.')
    assert ("statement", ["Ana Soto", "Peru"]) in typed_actors(body, lexicon)


def test_an_apposed_title_still_gives_its_state(lexicon) -> None:
    """Guards: "X, Chilean Foreign Minister, said" and "X, the Chilean Foreign Minister, met …" stay X's."""
    assert typed_actors("Ana Soto, Chilean Foreign Minister, said on Monday that the talks would resume.", lexicon) == [
        ("statement", ["Ana Soto", "Chile"])]
    assert ("meeting", ["Ana Soto", "Bolivia", "Chile", "Juan Paz"]) in typed_actors(
        "Ana Soto, the Chilean Foreign Minister, met Bolivian Foreign Minister Juan Paz in Lima on Monday.", lexicon)
