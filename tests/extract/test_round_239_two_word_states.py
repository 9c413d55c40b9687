"""Round 239: an unknown process named by two states, one of them a state of two words ("the Sudan-South Sudan border
talks", "Saudi Arabia-Qatar border talks"), is a candidate process of the states' names, with the two states as its
parties; before, it gave none or "Arabia-Qatar border talks". Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list:
    extraction = extract_own(body, lexicon)
    return [(extraction.process_name(c.process), sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


def test_states_of_two_words(lexicon) -> None:
    body = "Officials met in Riyadh on Tuesday for a new round of Saudi Arabia-Qatar border talks."
    # the states in alphabetical order since round 1331 (the guideline's decision 1 of the thirtieth stop)
    assert _events(body, lexicon) == [("Qatar-Saudi Arabia border talks", ["Qatar", "Saudi Arabia"])]
    body = "The Costa Rica-Nicaragua talks on the river opened in San Jose on Monday."
    assert _events(body, lexicon)[0][0] == "Costa Rica-Nicaragua talks"


def test_names_of_people_are_no_states(lexicon) -> None:
    """A guard: two leaders' names keep the older form."""
    body = "The Putin-Zelensky talks could take place in Istanbul next month, Erdogan said on Monday."
    assert {name for name, _ in _events(body, lexicon)} == {"Putin-Zelensky talks"}
