"""A meeting of a two-party process that names nobody (round 122): round 4 gives the two parties to a talk round or summit
of such a process, not to a meeting ("A meeting on the China-Japan consultations was held in Tokyo on Tuesday"; 270's
corps commanders' meeting); a meeting now has them too, when the article names both, as the closed formats of round 111
do. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_a_meeting_of_a_two_party_process(lexicon) -> None:
    body = ("China and Japan have long disputed the islands.\n\n"
            "A meeting on the China-Japan consultations was held in Tokyo on Tuesday.")
    assert typed_events(body, lexicon) == [("meeting", dt.date(2023, 5, 9), ["China", "Japan"])]


def test_parties_the_story_does_not_name(lexicon) -> None:
    """A guard: Japan is not named apart from the process's name, so the meeting keeps no actors."""
    body = "A meeting on the China-Japan consultations was held in Beijing on Tuesday."
    assert [actors for _, _, actors in typed_events(body, lexicon, learned=False)] == [[]]  # the rule stage (round 1110's learned fill is judged on the corpora)
