"""Participants named as a group or by a pronoun, and a meeting of ministers that is no round (round 27); sentences
of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon):
    extraction = extract_own(text, lexicon)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors), c.first) for c in extraction.events]


def test_a_meeting_of_ministers_of_a_process_is_a_meeting_with_its_listed_states(lexicon) -> None:
    text = ("A meeting of the deputy foreign ministers of the guarantor countries of the Astana talks on Syria, Russia, "
            "Turkey and Iran, may be held next month, a Kazakh diplomat said on Thursday.")
    meetings = [e for e in _events(text, lexicon) if e[0] == "meeting"]
    assert meetings and {"Iran", "Russia", "Türkiye"} <= set(meetings[0][1]) and meetings[0][2] == dt.date(2023, 6, 1)


def test_a_ministers_meeting_stays_apart_from_the_round_of_the_same_month(lexicon) -> None:
    text = ("The 30th round of the Astana talks on Syria will be held in the Kazakh capital on June 20-21.\n\n"
            "A meeting of the foreign ministers of the guarantor states of the Astana talks on Syria, Russia, Turkey and "
            "Iran, could be held in June, a Kazakh diplomat said.")
    kinds = sorted(e[0] for e in _events(text, lexicon) if e[0] in ("meeting", "talk_round"))
    assert kinds == ["meeting", "talk_round"]


def test_officials_from_the_two_sides_are_the_two_sides(lexicon) -> None:
    text = ("Chile and Peru agreed on Monday to hold talks on the border.\n\n"
            "Senior officials from the two sides met in Lima on Thursday.")
    met = [e for e in _events(text, lexicon) if e[2] == dt.date(2023, 5, 11)]
    assert met and {"Chile", "Peru"} <= set(met[0][1])


def test_they_met_takes_the_participants_of_the_event_before(lexicon) -> None:
    text = ("Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Vera met in Lima on April 2.\n\n"
            "They met again on May 9.")
    again = [e for e in _events(text, lexicon) if e[2] == dt.date(2023, 5, 9)]
    assert again and {"Ana Ruiz", "Luis Vera"} <= set(again[0][1])


def test_they_said_is_no_meeting_of_the_earlier_participants(lexicon) -> None:
    """The guard: a pronoun subject of speech is not resolved by this rule."""
    text = ("Chilean Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Vera met in Lima on April 2.\n\n"
            "They said on Thursday that the border talks would go on.")
    assert not [e for e in _events(text, lexicon) if e[2] == dt.date(2023, 5, 11) and e[0] not in ("statement", "announcement")]
