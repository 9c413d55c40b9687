"""A gathering named after a title is no person (round 101): "the 22nd round of the Corps Commander Level Meeting",
"Foreign Minister Talks", and a later "Special Envoy Meeting" is not that "person" again. Sentences of our own."""
from __future__ import annotations

from tracker.extract.mentions import Roster, find_actors


def _names(text: str, lexicon) -> list[str]:
    roster = Roster(lexicon)
    return [roster.name(a.key) for a in find_actors(text, roster)]


def test_a_gathering_named_after_a_title_is_no_person(lexicon) -> None:
    assert _names("The sides reviewed the 22nd round of the Corps Commander Level Meeting held in October.", lexicon) == []
    assert _names("Foreign Minister Talks were held in Lima on Monday.", lexicon) == []


def test_a_person_after_a_title_still_is(lexicon) -> None:
    assert _names("Foreign Minister Jane Doe met Peru's envoy on Monday.", lexicon)[0] == "Jane Doe"
