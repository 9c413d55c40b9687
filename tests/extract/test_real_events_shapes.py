"""Events told in other shapes (round 36): a subject whose long names push its noun far from the verb, "received" as a
meeting, one event told twice in a sentence, and durations; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon):
    extraction = extract_own(text, lexicon)  # published Friday 2023-05-12
    return [(c, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_a_meeting_between_two_long_titled_officials_took_place(lexicon) -> None:
    text = ("The meeting between Chilean Deputy Foreign Minister for Political Affairs Ana Ruiz and Peruvian Deputy "
            "Foreign Minister Luis Vera took place in Arica on Monday.")
    events = _events(text, lexicon)
    assert [(c.event_type, c.first, c.venue[0] if c.venue else None) for c, _ in events] == \
        [("meeting", dt.date(2023, 5, 8), "Arica")]
    assert {"Ana Ruiz", "Luis Vera", "Chile", "Peru"} <= set(events[0][1])


def test_an_official_who_received_another_met_them(lexicon) -> None:
    text = "Chilean Foreign Minister Ana Ruiz received the visiting Peruvian Foreign Minister Luis Vera in Santiago on Tuesday."
    events = _events(text, lexicon)
    assert [(c.event_type, c.first, c.venue[0] if c.venue else None) for c, _ in events] == \
        [("meeting", dt.date(2023, 5, 9), "Santiago")]
    assert {"Ana Ruiz", "Luis Vera", "Chile", "Peru"} <= set(events[0][1])


def test_received_a_message_is_no_meeting(lexicon) -> None:
    """A guard: "received" names a meeting only when a person or a title follows."""
    assert _events("Chilean Foreign Minister Ana Ruiz received a letter from Peru on Tuesday.", lexicon) == []


def test_talks_held_and_ended_in_one_sentence_are_one_event_over_their_days(lexicon) -> None:
    text = "Delegations of Chile and Peru held two days of talks in Arica that ended on Wednesday."
    events = _events(text, lexicon)
    assert [(c.event_type, c.first, c.last) for c, _ in events] == [("meeting", dt.date(2023, 5, 9), dt.date(2023, 5, 10))]
    assert events[0][1] == ["Chile", "Peru"]


def test_talks_that_began_and_ended_are_one_session(lexicon) -> None:
    events = _events("The talks, which began on Monday, ended on Wednesday in Arica.", lexicon)
    assert [(c.first, c.last) for c, _ in events] == [(dt.date(2023, 5, 8), dt.date(2023, 5, 10))]


def test_a_visit_of_several_days_starts_on_the_day_of_arrival(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz arrived in Lima on Tuesday on a three-day visit.", lexicon)
    assert [(c.event_type, c.first, c.last) for c, _ in events] == [("visit", dt.date(2023, 5, 9), dt.date(2023, 5, 11))]


def test_a_clause_after_after_is_another_event(lexicon) -> None:
    """A guard: "a year after they met in X" is not the talks of the main clause told twice."""
    text = ("Talks between Chile and Peru continued in Lima on Tuesday, said the Chilean foreign minister, a year after "
            "the two sides met in Quito in talks which led to a truce.")
    talks = [c for c, _ in _events(text, lexicon) if c.event_type in ("meeting", "talk_round")]
    assert [c.venue[0] if c.venue else None for c in talks] == ["Lima", "Quito"]
