"""Speakers kept apart from the events they report, and names read without a title (round 29); sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_everything_inside_according_to_speaks_and_takes_no_part(lexicon) -> None:
    text = ("Chilean Foreign Ministry spokeswoman Ana Ruiz said on Monday that talks were planned.\n\n"
            "According to the official spokeswoman of the Ministry of Foreign Affairs of Chile, Ana Ruiz, the third round "
            "of the Andes border talks will be held on June 20-21 in Lima.")
    rounds = [actors for kind, actors in _events(text, lexicon, learned=False) if kind == "talk_round"]  # the rule stage (round 1110's learned fill is judged on the corpora)
    assert rounds and not rounds[0]


def test_a_press_secretary_in_apposition_is_a_person_of_the_state_in_the_of_phrase(lexicon) -> None:
    events = _events("The talks will resume in Lima on Friday, Rosa Vega, press secretary of Peruvian negotiator Luis "
                     "Vera, wrote on Facebook.\n\nVega told reporters on Thursday that the talks were useful.", lexicon)
    speech = [actors for kind, actors in events if kind in ("statement", "announcement")]
    assert any({"Rosa Vega", "Peru"} <= set(actors) for actors in speech)


def test_a_title_word_before_the_name_is_no_part_of_it(lexicon) -> None:
    events = _events("Chilean co-chairman of the Andes Group Ambassador Pedro Soto told reporters on Thursday that the "
                     "talks were useful.", lexicon)
    names = {a for _, actors in events for a in actors}
    assert "Pedro Soto" in names and "Ambassador Pedro Soto" not in names


def test_a_two_word_name_after_a_title_keeps_its_first_word(lexicon) -> None:
    """The guard: only a name of three words or more loses a leading title word."""
    events = _events("Foreign Minister Senator Vera said on Thursday that the talks were useful.", lexicon)
    assert any("Senator Vera" in actors or "Vera" in actors for _, actors in events)


def test_an_envoy_for_a_state_belongs_to_the_organisation_before_the_title(lexicon) -> None:
    """Round 32: "for <state>" after an envoy's title is the envoy's brief, not the envoy's state."""
    events = _events("UN Special Envoy for Chile Jane Doe said on Thursday that the talks were useful.", lexicon)
    speech = [actors for kind, actors in events if kind == "statement"]
    assert speech and "United Nations" in speech[0] and "Chile" not in speech[0]


def test_a_spokesman_for_a_ministry_with_nothing_before_is_its_state(lexicon) -> None:
    """The guard: with no affiliation before the title, the for-phrase still gives the state."""
    events = _events("Spokesman for Chilean Foreign Ministry, Jane Doe, said on Thursday that the talks were useful.", lexicon)
    assert any("Chile" in actors for _, actors in events)
