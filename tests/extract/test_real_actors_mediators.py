"""Participants and mediators named around the event's noun (round 30): "with the participation of X", "an EU-mediated
meeting", a subject whose quoted words stand between it and "during a meeting"; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_state_with_the_participation_of_takes_part(lexicon) -> None:
    events = _events("Chilean and Peruvian delegations have been meeting since Monday in Lima with the participation of Brazil.", lexicon)
    assert events and {"Chile", "Peru", "Brazil"} <= set(events[0][1])


def test_a_mediator_in_a_compound_adjective(lexicon) -> None:
    events = _events("Chile and Peru held Brazil-mediated talks in Lima on Thursday.", lexicon)
    assert events and {"Chile", "Peru", "Brazil"} <= set(events[0][1])


def test_a_mediator_of_another_noun_is_not_the_events(lexicon) -> None:
    """The guard: "the UN-sponsored accord" far from the talks names no mediator of them."""
    events = _events("Chile and Peru held talks in Lima on Thursday, a year after they signed the long-awaited UN-sponsored "
                     "border accord.", lexicon)
    talks = [actors for kind, actors in events if kind in ("meeting", "talk_round")]
    assert talks and "United Nations" not in talks[0]


def test_the_subject_takes_part_in_the_meeting_after_its_quoted_words(lexicon) -> None:
    events = _events('Chilean President Jorge Paz and Peruvian President Rosa Lima "ordered their ministers to prepare a '
                     'border treaty" during a Brazil-mediated meeting in Brasilia on Wednesday, the Chilean foreign '
                     'ministry said.', lexicon)
    met = [actors for kind, actors in events if kind in ("meeting", "summit")]
    assert met and {"Jorge Paz", "Rosa Lima", "Brazil"} <= set(met[0])
