"""The whole name after a long title (round 634): "Official Spokesperson for the Ministry of Foreign Affairs Dr. Jane bin
Said Al Doe" gave no person, the honorific standing between the phrase and the name, and a name of lineage or with a
surname's article ("Majed Al Doe") was cut to its last two words. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events


@pytest.mark.parametrize("body, person", [
    ("Official Spokesperson for the Ministry of Foreign Affairs Dr. Karim bin Said Al Qadiri said on Tuesday that the "
     "talks in Doha would resume next week.", "Karim bin Said Al Qadiri"),
    ("Oman's Minister of State for Foreign Affairs Faris bin Nasser Al Harthi met the Iranian delegation in Muscat on "
     "Monday.", "Faris bin Nasser Al Harthi"),
    ("Director of the Department of Arab Affairs Hana Al Sabri told reporters on Monday that the meeting would be held in "
     "Cairo in June.", "Hana Al Sabri"),
    ("Adviser to the Prime Minister for Political Affairs Prof. Omar Haddad Nasser met the UN envoy in Amman on Sunday.",
     "Omar Haddad Nasser"),
])
def test_the_whole_name_after_a_long_title(lexicon, body: str, person: str) -> None:
    assert any(person in names for _, _, names in typed_events(body, lexicon))


def test_a_two_word_name_still_closes_the_phrase(lexicon) -> None:
    """A guard: with no honorific and no article, the name is the phrase's last two words ("… Horn of Africa Mike Roe")."""
    body = "The Special Envoy for the Horn of Africa Mike Roe met Ethiopian officials in Addis Ababa on Tuesday."
    names = [n for _, _, ns in typed_events(body, lexicon) for n in ns]
    assert "Mike Roe" in names and not any("Africa" in n for n in names)
