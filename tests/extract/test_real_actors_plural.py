"""Actors named as plural titles and pronouns (round 37): "the Chilean and Peruvian foreign ministers", "the presidents
of X and Y" (a summit), "She will meet ..."; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


_events = typed_events


def test_coordinated_adjectives_before_a_plural_title_are_the_states(lexicon) -> None:
    assert _events("The Chilean and Peruvian foreign ministers met in Arica on Monday.", lexicon) == \
        [("meeting", dt.date(2023, 5, 8), ["Chile", "Peru"])]


def test_coordinated_adjectives_before_presidents_make_a_summit(lexicon) -> None:
    assert _events("The Chilean and Peruvian presidents met in Arica on Monday.", lexicon) == \
        [("summit", dt.date(2023, 5, 8), ["Chile", "Peru"])]


def test_the_presidents_of_two_states_holding_talks_is_a_summit(lexicon) -> None:
    assert _events("On Tuesday, the presidents of Chile and Peru held talks in Lima.", lexicon) == \
        [("summit", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_the_foreign_ministers_of_two_states_stay_a_meeting(lexicon) -> None:
    """A guard: ministers are no heads of state."""
    assert _events("On Tuesday, the foreign ministers of Chile and Peru held talks in Lima.", lexicon) == \
        [("meeting", dt.date(2023, 5, 9), ["Chile", "Peru"])]


def test_she_who_will_meet_is_the_person_named_before(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz will visit Lima next week. She will meet Peruvian President Luis "
                     "Vera on Tuesday.", lexicon)
    meetings = [e for e in events if e[0] in ("meeting", "summit")]
    assert meetings == [("meeting", dt.date(2023, 5, 16), ["Ana Ruiz", "Chile", "Luis Vera", "Peru"])]
