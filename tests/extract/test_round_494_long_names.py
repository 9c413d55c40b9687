"""Round 494: names the title patterns cut short: a capitalised article closing the fourth word ("… Al Marri") and a
first name taken into a title's "of" phrase before a middle initial; sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _names(text: str, lexicon: Lexicon) -> set[str]:
    extraction = extract_own(text, lexicon)
    return {extraction.roster.name(k) for c in extraction.events for k in c.actors}


def test_a_five_word_name_ending_in_an_article_and_surname_is_read_whole(lexicon) -> None:
    names = _names("Qatari spokesman Dr. Khalid bin Ahmed Al Marri said on Monday that the talks in Doha would go on.\n\n"
                   "At a briefing on Tuesday, Al Marri said that Qatar urged both delegations to stay.", lexicon)
    assert "Khalid bin Ahmed Al Marri" in names and "Al Marri" not in names and "Khalid bin Ahmed Al" not in names


def test_the_first_name_before_a_middle_initial_stays_with_the_name(lexicon) -> None:
    names = _names("Peru's Minister of Information Rosa T. Quispe said on Monday that the visit would go ahead.", lexicon)
    assert "Rosa T. Quispe" in names


def test_a_state_in_the_of_phrase_before_a_full_name_is_still_the_state(lexicon) -> None:
    """The guard: "Foreign Minister of Peru Luis Vera" keeps Peru as the state and Luis Vera as the name."""
    names = _names("Foreign Minister of Peru Luis Vera said on Monday that the visit would go ahead.", lexicon)
    assert {"Luis Vera", "Peru"} <= names
