"""The warring parties by their own names (round 270): "the warring parties / sides" of a war stand for the armed
groups and armies the article names ("the Sudanese army and the RSF … are actors by their own names",
docs/extraction.md "Actors"), not for the states it names most (often the mediators). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon, headline: str = "Talks") -> list[list[str]]:
    extraction = extract_own(body, lexicon, headline=headline, learned=False)  # the rule stage
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_warring_parties_are_the_army_and_the_armed_group(lexicon) -> None:
    body = ("Sudan's warring parties resumed negotiations in Jeddah on Thursday. The fighting between the Sudanese "
            "Armed Forces and the Rapid Support Forces has gone on for months. Saudi Arabia and the United States "
            "host the talks, and Saudi Arabia has hosted envoys before.")
    assert _actors(body, lexicon)[0] == ["Rapid Support Forces", "Sudanese Armed Forces"]


def test_the_parties_may_be_named_in_the_headline_only(lexicon) -> None:
    body = ("The warring sides announced on Wednesday that they had accepted an invitation to new talks. "
            "Saudi Arabia and the United States brokered earlier truces.")
    headline = "Sudanese Armed Forces and Rapid Support Forces to meet again"
    assert ["Rapid Support Forces", "Sudanese Armed Forces"] in _actors(body, lexicon, headline)


def test_one_armed_group_and_the_state_the_phrase_names(lexicon) -> None:
    body = ("Yemen's warring parties met in Muscat on Tuesday to discuss a prisoner swap. The Houthis control the "
            "capital.")
    assert _actors(body, lexicon)[0] == ["Houthis", "Yemen"]


def test_guard_both_sides_still_read_from_the_event_before(lexicon) -> None:
    """A guard: "both sides" (no war named) keeps the parties of the event just told."""
    body = ("Chile and Peru held talks in Lima on Monday. Both sides will meet again in Quito on June 20. "
            "The Houthis were not mentioned.")
    assert {"Chile", "Peru"} <= set(_actors(body, lexicon)[-1])
