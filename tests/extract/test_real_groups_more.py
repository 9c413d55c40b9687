"""Groups in other words (round 59): a process named as a group of its members ("the Normandy format countries"), and
the warring or rival parties, who are the two parties the article names most when no earlier event names two (they may
be named after the group). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_the_process_countries_are_its_members(lexicon) -> None:
    text = ("Russia wants progress on the Donbas settlement. Foreign policy advisers of the Normandy format countries "
            "will meet in Paris on June 2.")
    # a session of the format (decision 2 of the twenty-third stop: its advisers' gatherings are talk_rounds; round 1160)
    assert ("talk_round", dt.date(2023, 6, 2), ["France", "Germany", "Russia", "Ukraine"]) in typed_events(text, lexicon,
                                                                                                          learned=False)


def test_guarantor_states_with_a_hyphen(lexicon) -> None:
    """A guard: the hyphenated form is read as the guarantors too (it was before this round)."""
    text = "Russia, Turkey and Iran back the Astana format. The guarantor-states met in Astana on Tuesday."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), ["Iran", "Russia", "Türkiye"])]  # of the guarantors


def test_the_warring_parties_named_after_the_group(lexicon) -> None:
    text = ("The warring parties resumed ceasefire talks in Jeddah on Tuesday. The Sudanese army and the Rapid Support "
            "Forces have fought since April, and the Rapid Support Forces hold most of the capital while the Sudanese "
            "army holds the east.")
    events = typed_events(text, lexicon)
    assert events[0][2] == ["Rapid Support Forces", "Sudanese Armed Forces"]


def test_the_warring_parties_with_no_two_parties_standing_out_name_none(lexicon) -> None:
    """A guard: three parties named as often as each other give the group no members."""
    text = "The warring parties met in Geneva on Tuesday. Chile, Peru and Bolivia watched."
    assert typed_events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), [])]
