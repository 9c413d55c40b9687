"""Speech and calls in other shapes (round 58): a call told as "spoke with X over the phone" or "telephoned"; the talks a
proposal asks for ("called for an immediate resumption of the talks") are no event of their own, and the date goes to the
proposal; words reported inside a speaker's own words ("said she had asked …") are one act of that speaker; a town at the
start of a sentence is no speaker's surname. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_spoke_with_over_the_phone_is_a_call(lexicon) -> None:
    text = "Chilean Foreign Minister Ana Soto spoke with her Peruvian counterpart Luis Vera over the phone on Tuesday."
    assert typed_events(text, lexicon) == [("call", dt.date(2023, 5, 9), ["Ana Soto", "Chile", "Luis Vera", "Peru"])]


def test_telephoned_is_a_call(lexicon) -> None:
    text = "Chilean Foreign Minister Ana Soto telephoned Peruvian Foreign Minister Luis Vera on Wednesday."
    assert typed_events(text, lexicon) == [("call", dt.date(2023, 5, 10), ["Ana Soto", "Chile", "Luis Vera", "Peru"])]


def test_the_talks_a_proposal_calls_for_are_no_event(lexicon) -> None:
    text = "Chilean Foreign Minister Ana Soto called for an immediate resumption of the border talks on Tuesday."
    assert typed_events(text, lexicon) == [("proposal", dt.date(2023, 5, 9), ["Ana Soto", "Chile"])]


def test_words_reported_inside_the_speakers_words_are_one_act(lexicon) -> None:
    text = "Chile's foreign minister Ana Soto said on Tuesday she had asked Peru to release the detained fishermen."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 9), ["Ana Soto", "Chile"])]


def test_a_town_is_no_surname(lexicon) -> None:
    """A town opening a sentence ("Arica said …" as a misprint or metonym) is not made a person."""
    text = "Arica said on Tuesday that the talks were going well."
    assert typed_events(text, lexicon) == []


def test_talks_that_began_before_the_proposal_stay_an_event(lexicon) -> None:
    """A guard: talks named after "that" or "during" are told, not asked for."""
    text = "Chilean Foreign Minister Ana Soto urged patience during the border talks that opened in Lima on Tuesday."
    events = typed_events(text, lexicon)
    assert any(t == "meeting" and d == dt.date(2023, 5, 9) for t, d, _ in events)
