"""Sessions told in other words (round 61): parties spelled out inside a process's name ("talks between the Venezuelan
government and the opposition") take part; "the talks will begin on May 20" goes on about the planned talks told just before; delegations that
"gathered in Geneva for the ninth session" held it that day; state adjectives before "mediators", "representatives",
"delegates" are those states. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own, typed_events


def test_the_parties_inside_a_process_name_take_part(lexicon) -> None:
    text = "Mexico hosted talks between the Venezuelan government and the opposition in Mexico City on Tuesday."
    assert typed_events(text, lexicon)[0][2][:2] == ["Mexico", "Venezuela"]


def test_the_planned_talks_dated_in_the_next_sentence(lexicon) -> None:
    text = "Chile will host a new round of talks between Peru and Bolivia. The talks will begin on May 20 in Arica."
    extraction = extract_own(text, lexicon)
    rounds = [(c.first, c.venue[0] if c.venue else None, sorted(extraction.roster.name(k) for k in c.actors))
              for c in extraction.events if c.event_type in ("talk_round", "meeting")]
    assert rounds == [(dt.date(2023, 5, 20), "Arica", ["Bolivia", "Chile", "Peru"])]


def test_delegations_gathered_for_a_numbered_session_held_it(lexicon) -> None:
    text = "Delegations of the Syrian government and opposition gathered in Geneva on Tuesday for the ninth session of the Constitutional Committee."
    extraction = extract_own(text, lexicon)
    assert [(c.event_type, c.round_number, c.first, c.venue[0] if c.venue else None) for c in extraction.events] == \
        [("talk_round", 9, dt.date(2023, 5, 9), "Geneva")]


def test_state_adjectives_before_mediators_are_states(lexicon) -> None:
    text = "Qatari and Egyptian mediators met Hamas officials in Cairo on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Egypt", "Hamas", "Qatar"])]


def test_the_next_talks_are_not_the_talks_just_told(lexicon) -> None:
    """A guard: "The next talks will begin on June 20" is another session than the one that ended."""
    text = "Talks between Peru and Bolivia ended in Arica on Tuesday. The next talks will begin on June 20."
    assert [d for _, d, _ in typed_events(text, lexicon)] == [dt.date(2023, 5, 9), dt.date(2023, 6, 20)]
