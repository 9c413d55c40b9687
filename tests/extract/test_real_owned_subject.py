"""A state named as the owner of a clause's subject (round 204): "The government of Peru said on Tuesday that …" and
"The delegation of Peru said …" gave no statement, the state being told with "of". Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events

_WORDS = " said on Tuesday that the talks would resume in Lima on June 3."


def _announcements(text: str, lexicon) -> list[list[str]]:
    return [names for t, _, names in typed_events(text, lexicon) if t == "announcement"]


def test_the_government_of_a_state_speaks_for_it(lexicon) -> None:
    assert _announcements("The government of Peru" + _WORDS, lexicon) == [["Peru"]]
    assert _announcements("The delegation of Peru" + _WORDS, lexicon) == [["Peru"]]


def test_a_government_of_after_with_stays_the_other_party(lexicon) -> None:
    """A guard: "talks with the government of Peru" is no subject's owner; Peru is the other party (round 577; until
    then it was dropped as a topic, and this test held that)."""
    assert [(t, names) for t, _, names in typed_events("Chile held talks with the government of Peru in Lima on Tuesday.",
                                                       lexicon)] == [("meeting", ["Chile", "Peru"])]
