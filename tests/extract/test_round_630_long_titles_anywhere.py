"""A person named after a long title anywhere in the sentence (round 630): "met U.S. Assistant Secretary of State for
Western Hemisphere Affairs Jane Doe" gave the meeting no person, the long title being read after "headed / led /
chaired by" only (round 201), and the American secretaries' titles ("Deputy Assistant Secretary for …", "Under
Secretary for …") being no title at all. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events


@pytest.mark.parametrize("body, person", [
    ("Peruvian Foreign Minister Luis Vera met U.S. Assistant Secretary of State for Western Hemisphere Affairs Anna Berg "
     "in Lima on Tuesday.", "Anna Berg"),
    ("Chile's deputy foreign minister held talks with U.S. Under Secretary for Political Affairs Tom Reyes in Santiago "
     "on Wednesday.", "Tom Reyes"),
    ("Deputy Assistant Secretary for Andean Affairs Mark Olsen will visit Quito next Monday to meet Ecuadorian officials.",
     "Mark Olsen"),
    ("The talks in Bogota on Thursday were attended by the Special Representative of the Secretary-General for the "
     "Great Lakes Region Pia Lund, and by delegations of Colombia and Ecuador.", "Pia Lund"),
])
def test_the_person_after_a_long_title_is_an_actor(lexicon, body: str, person: str) -> None:
    assert any(person in names for _, _, names in typed_events(body, lexicon))


def test_a_long_title_ending_in_a_state_names_no_person(lexicon) -> None:
    """A guard: a phrase that closes on a state ("of the United Arab Emirates") or on a body's noun ("… Pacific
    Affairs") is no name."""
    body = ("Peru's foreign minister met the Minister of State for Foreign Affairs of the United Arab Emirates, and the "
            "Assistant Secretary for East Asian and Pacific Affairs, in Lima on Tuesday.")
    names = [n for _, _, ns in typed_events(body, lexicon) for n in ns]
    assert names and not any(n in names for n in ("Arab Emirates", "Pacific Affairs", "Foreign Affairs"))
