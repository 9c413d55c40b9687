"""Round 928: the name of a house of parliament is no person ("House", "People's Representatives", "Somali House").

A speaker is named with the house she presides over: "Jane Doe, speaker of the Ethiopian House of People's
Representatives". The title patterns read the words after "speaker of the …" as a name; a house's nouns ("House",
"Chamber") never start a person's name and its members' plurals ("Representatives", "Deputies") never end one.
Sentences of our own.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_actors
from tracker.extract.personnames import clean_name


@pytest.mark.parametrize("body, person", [
    ("The delegation, led by Jane Doe, speaker of the Ethiopian House of People's Representatives, arrived in Mekelle on "
     "Monday for talks.", "Jane Doe"),
    ("The talks in Abuja on Monday were attended by John Okafor, speaker of Nigeria's House of Representatives.", "John Okafor"),
    ("The speaker of the Somali House of the People, Jane Warsame, met the envoy in Mogadishu on Tuesday for talks.",
     "Jane Warsame"),
    ("Jane Doe, Speaker of the Chamber of Deputies of Chile, met the envoy in Santiago on Monday for talks.", "Jane Doe"),
])
def test_a_house_is_no_person(body: str, person: str, lexicon) -> None:
    names = {n for _, actors in typed_actors(body, lexicon) for n in actors}
    assert person in names
    assert not any(w in n for n in names for w in ("House", "Representatives", "Chamber", "Deputies"))


def test_guard_the_speaker_of_a_house_stays(lexicon) -> None:
    names = {n for _, actors in typed_actors("Libyan House of Representatives speaker Aguila Saleh met the UN envoy in "
                                             "Cairo on Monday for talks.", lexicon) for n in actors}
    assert "Aguila Saleh" in names
    assert clean_name("Jane Househam") == "Jane Househam"
