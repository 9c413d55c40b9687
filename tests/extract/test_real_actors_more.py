"""Actors that round 26 reads: names after "Minister of <state>", members named only in a quote, group nouns with a
modifier, titles of one state's government, appositions with "visiting"; on sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_full_name_after_minister_of_a_state_is_one_name(lexicon) -> None:
    events = _events("Foreign Minister of Chile Maria Soto met Norwegian officials in Oslo on Thursday.", lexicon)
    assert "Maria Soto" in events[0][1] and "Soto" not in events[0][1]


def test_a_surname_that_follows_a_state_in_the_of_phrase_is_not_taken_for_it(lexicon) -> None:
    """The guard: a two-word name after the of-phrase keeps the of-phrase's second word out of it."""
    events = _events("Special Representative for Yemen Affairs Tom Baker met Saudi officials in Riyadh on Thursday.", lexicon)
    assert "Tom Baker" in events[0][1] and not any("Affairs" in a for a in events[0][1])


def test_a_name_after_a_comma_with_no_space(lexicon) -> None:
    events = _events("Prime Minister Jonas Berg received a telephone call on Thursday from the Foreign Minister of Peru,Ana Ruiz.", lexicon)
    assert {"Ana Ruiz", "Peru"} <= set(events[0][1])


def test_members_named_only_inside_a_quote_stand_behind_the_guarantors(lexicon) -> None:
    text = ('"Our colleagues say that the guarantors of the Syrian process - Turkey, Russia and Iran - want a meeting soon," '
            'a Kazakh diplomat told reporters.\n\n'
            "The guarantor states will hold the next round of the Astana talks on Syria on June 20-21.")
    rounds = [actors for kind, actors in _events(text, lexicon) if kind == "talk_round"]
    assert rounds and {"Iran", "Russia", "Türkiye"} <= set(rounds[0])


def test_coordinated_adjectives_before_military_delegations(lexicon) -> None:
    events = _events("Chilean, Peruvian and Bolivian military delegations met in Lima on Thursday.", lexicon)
    assert {"Chile", "Peru", "Bolivia"} <= set(events[0][1])


def test_a_unification_minister_is_south_korean(lexicon) -> None:
    events = _events("Unification Minister Lee Jae-won met the US envoy in Seoul on Thursday.", lexicon)
    assert {"Lee Jae-won", "South Korea"} <= set(events[0][1])


def test_a_person_in_apposition_with_a_visiting_title(lexicon) -> None:
    events = _events("Chinese Vice-Foreign Minister Li Ping held talks on Thursday with Mark Hale, visiting US Assistant "
                     "Secretary of State for Asian Affairs.", lexicon)
    assert {"Li Ping", "China", "Mark Hale", "United States"} <= set(events[0][1])
