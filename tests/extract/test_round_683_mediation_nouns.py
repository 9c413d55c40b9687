"""Round 683: a mediator named as the adjective of a mediation noun after "with", "under (the aegis of)", "through"
("held in Doha, with Qatari mediation") takes part as mediator; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_with_an_adjective_mediation_the_mediator_takes_part(lexicon) -> None:
    events = _events("The first round of talks between Peru and Bolivia was held in Doha, with Qatari mediation, on May 2.",
                     lexicon)
    assert ("talk_round", ["Bolivia", "Peru", "Qatar"]) in events


def test_under_the_aegis_of_a_mediation(lexicon) -> None:
    events = _events("The declaration was signed by Peru and Bolivia in Doha, under the aegis of Qatari mediation, on May 2.",
                     lexicon)
    assert ("agreement", ["Bolivia", "Peru", "Qatar"]) in events


def test_two_facilitators_after_through(lexicon) -> None:
    events = _events("Peru and Bolivia held talks in Doha on May 2 through Norwegian and Mexican facilitation.", lexicon)
    assert ("meeting", ["Bolivia", "Mexico", "Norway", "Peru"]) in events


def test_a_mediation_offered_in_another_sentence_joins_nothing(lexicon) -> None:
    """The guard: a mediation told in another sentence is no mediator of the talks."""
    events = _events("Peru and Bolivia held talks in Doha on May 2. Qatar later offered its mediation.", lexicon)
    assert ("meeting", ["Bolivia", "Peru"]) in events
