"""A person named again by the middle word of a three-word name (round 636): "Erdogan also met Darwish" after "…
Chairman Muhammad Darwish Ismail" gave the meeting no Darwish, only a surname (the last word) naming a person again.
Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import typed_events
from tracker.extract.personnames import named_by_middle


@pytest.mark.parametrize("body, person", [
    ("Hamas negotiator Khalid Rashid Mansour arrived in Cairo on Monday. On Tuesday, Egyptian officials met Rashid at "
     "the intelligence headquarters.", "Khalid Rashid Mansour"),
    ("Iranian negotiator Reza Bahrami Tabar arrived in Vienna on Sunday. Bahrami said on Monday that the talks had been "
     "useful.", "Reza Bahrami Tabar"),
    ("Sudanese envoy Osman Khidir Idris flew to Jeddah on Friday. Saudi officials received Khidir in Jeddah on Saturday.",
     "Osman Khidir Idris"),
    ("Yemeni negotiator Yahya Fadel Qasim arrived in Muscat on Sunday. Fadel told reporters on Tuesday that the talks "
     "would resume in June.", "Yahya Fadel Qasim"),
])
def test_the_middle_name_names_the_person_again(lexicon, body: str, person: str) -> None:
    later = [names for t, _, names in typed_events(body, lexicon) if t in ("meeting", "statement", "announcement")]
    assert later and all(person in names for names in later)


def test_no_middle_name_for_particles_titles_and_family_first_names(lexicon) -> None:
    """A guard: "Sheikh", "Abdel" and a Korean given name's first half never name the person alone."""
    assert named_by_middle("Hassan Sheikh Mohamud", lexicon) is None
    assert named_by_middle("Abdel Fattah Sisi", lexicon) is None
    assert named_by_middle("Kim Jong Un", lexicon) is None
    assert named_by_middle("Muhammad Darwish Ismail", lexicon) == "Darwish"
