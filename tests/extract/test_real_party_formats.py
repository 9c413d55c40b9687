"""Sessions of a closed format that name nobody (round 111): "A new round of the GERD talks opened in Cairo on
Wednesday" in a story that names Egypt, Ethiopia and Sudan gave the round no actors; a format whose members are its
parties themselves (`gazetteer.PARTY_PROCESSES`: not guarantors, co-chairs or mediators) gives its sessions those
members, when the article names every one of them, as a two-party process does (round 4). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_round_of_a_three_party_format_has_its_parties(lexicon) -> None:
    body = ("Egypt, Sudan and Ethiopia have disagreed for years over how fast the reservoir should be filled.\n\n"
            "A new round of the GERD talks opened in Cairo on Wednesday.")
    assert typed_events(body, lexicon) == [("talk_round", dt.date(2023, 5, 10), ["Egypt", "Ethiopia", "Sudan"])]


def test_a_meeting_of_the_four_named_states(lexicon) -> None:
    """The Normandy format's advisers' meeting is one of its sessions (decision 2 of the twenty-third stop; round 1160)."""
    body = ("The Normandy format brings together Russia, Ukraine, France and Germany.\n\n"
            "Advisers of the Normandy format met in Paris on Tuesday.")
    assert typed_events(body, lexicon)[-1] == ("talk_round", dt.date(2023, 5, 9), ["France", "Germany", "Russia", "Ukraine"])


def test_members_the_story_does_not_name_are_not_given(lexicon) -> None:
    """A guard: Ethiopia and Sudan are not named, so the round keeps no actors (docs/extraction.md: the members it names)."""
    body = "A new round of the GERD talks opened in Cairo on Wednesday, state media reported."
    assert [actors for _, _, actors in typed_events(body, lexicon, learned=False)] == [[]]  # the rule stage (round 1110's learned fill is judged on the corpora)
