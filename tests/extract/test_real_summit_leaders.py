"""Gatherings of heads of state or government are summits (round 170; docs/extraction.md, "Types": `summit` when heads
of state or government meet). "The first meeting of the X format was held …, when the leaders of A, B and C held talks"
gave a talk round numbered 1, and "a high-level meeting of the X dialogue" that a president and a prime minister
attend, once read as a meeting (the dialogue holds no rounds), stayed a meeting. An aide's title names no head: "adviser
to the chancellor Jane Doe" is no chancellor. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own, typed_days


def test_leaders_held_talks_is_a_summit(lexicon) -> None:
    body = ("The first meeting in the so-called Lima format was held in Peru on March 3, 2019, when the leaders of "
            "Chile, Peru and Bolivia held talks on the border dispute.")
    extraction = extract_own(body, lexicon)
    assert [(c.event_type, c.first, c.round_number) for c in extraction.events] == [("summit", dt.date(2019, 3, 3), None)]


def test_high_level_meeting_of_a_dialogue_with_two_heads(lexicon) -> None:
    body = ("On May 17, the EU envoy Jane Roe will host a high-level meeting of the Belgrade-Pristina dialogue in "
            "Brussels.\n\nSerbian President Marko Ilic and Kosovo Prime Minister Ardit Krasniqi have confirmed their "
            "participation.")
    assert ("summit", dt.date(2023, 5, 17)) in typed_days(body, lexicon)


def test_advisers_to_heads_hold_a_meeting(lexicon) -> None:
    """A guard: the advisers of a president and a chancellor meet, the heads do not."""
    body = ("The meeting in Lima on Wednesday, May 17, will be attended by adviser to the German chancellor Hans Berg "
            "and diplomatic adviser to the French president Paul Roux.")
    assert ("summit", dt.date(2023, 5, 17)) not in typed_days(body, lexicon)
