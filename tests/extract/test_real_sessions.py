"""Sessions of standing processes (round 45): "the delegations met" the day a process's talks opened is that session, not
a second event; "X held talks with Y" between two officials stays a meeting; "will converge in Minsk" is a meeting;
texts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_text
from tracker.extract.lexicon import Lexicon


def _events(body: str, lexicon: Lexicon, headline: str = "Syria talks"):
    extraction = extract_text(f"published: 2023-05-12\n\n{headline}\n\n{body}", lexicon)
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_delegations_meeting_the_day_the_talks_opened_are_that_session(lexicon) -> None:
    events = _events("The Astana talks on Syria opened on Tuesday. The delegations of Russia, Iran and Turkey met on Tuesday.",
                     lexicon)
    assert events == [("talk_round", dt.date(2023, 5, 9), ["Iran", "Russia", "Türkiye"])]


def test_ministers_meeting_the_same_day_stay_a_meeting(lexicon) -> None:
    """A guard: a meeting of ministers is not the session (the guideline's `meeting`)."""
    events = _events("The Astana talks on Syria opened on Tuesday. The foreign ministers of Russia, Iran and Turkey met on "
                     "Tuesday.", lexicon)
    assert sorted(e[0] for e in events) == ["meeting", "talk_round"]


def test_two_officials_holding_talks_in_a_standing_process_meet(lexicon) -> None:
    events = _events("Chilean negotiator Ana Ruiz held talks with Peruvian negotiator Luis Vera in Vienna on Tuesday on the "
                     "Iran nuclear talks.", lexicon, headline="Iran talks")
    assert [e[0] for e in events] == ["meeting"]


def test_a_group_that_will_converge_in_a_city_meets(lexicon) -> None:
    events = _events("The Trilateral Contact Group will converge in Minsk on Wednesday.", lexicon, headline="Donbas")
    assert [(e[0], e[1]) for e in events] == [("talk_round", dt.date(2023, 5, 17))]
