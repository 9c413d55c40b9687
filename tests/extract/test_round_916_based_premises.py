"""Round 916: premises placed by their town, "in the Geneva-based UN headquarters", "at the Doha-based office", are
in that town; an institution named by its town ("an analyst at the London-based think tank") places nothing.
Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import pytest

from tests.extract.own_text import venues_of


@pytest.mark.parametrize("body, place", [
    ("The delegation of the government met on Monday with the UN envoy in the Geneva-based UN headquarters.", "Geneva"),
    ("Iranian and European diplomats held talks on Friday at the Vienna-based agency's offices.", "Vienna"),
    ("The envoy met the rebel delegation on Sunday at the Doha-based political office of the movement.", "Doha"),
    ("The two sides held a second round of talks on Tuesday at the Brussels-based headquarters of the alliance.",
     "Brussels"),
    ("The mediators met the two parties on Thursday in the Geneva-based offices of the organisation.", "Geneva"),
])
def test_premises_based_in_a_town_place_the_gathering(body: str, place: str, lexicon) -> None:
    assert venues_of(body, lexicon)[:1] == [place]


@pytest.mark.parametrize("body", [
    "The two presidents met on Tuesday to discuss the border, said an analyst at the London-based think tank.",
    "The foreign ministers met on Tuesday at the Vienna-based agency to discuss the inspections.",
])
def test_guard_an_institution_named_by_its_town_places_nothing(body: str, lexicon) -> None:
    assert venues_of(body, lexicon)[:1] == [None]
