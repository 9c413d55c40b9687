"""A person's name cleaned of the title, body or honorific that runs into it (round 195): "spokeswoman for Chile's
Foreign Ministry Ana Rojas" gave a person "Ministry Ana Rojas", "Chairman of the Andean Trade Council Luis Vera" gave
"Council Luis Vera", "Ambassador-at-Large Pedro Soto" kept the title and "Foreign Minister Dr. Marta Quispe" gave a
person "Dr". Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def _actors(text: str, lexicon) -> list[str]:
    return sorted({name for _, _, names in typed_events(text, lexicon) for name in names})


def test_a_ministry_in_a_long_title_is_no_part_of_the_name(lexicon) -> None:
    text = "The next round will be held in Lima on June 3, spokeswoman for Chile's Foreign Ministry Ana Rojas told reporters on Monday."
    assert "Ana Rojas" in _actors(text, lexicon)
    assert not any(name.startswith("Ministry ") and "Rojas" in name for name in _actors(text, lexicon))


def test_a_council_and_a_hyphenated_title_are_left_out(lexicon) -> None:
    assert "Luis Vera" in _actors("The delegation, led by Chairman of the Andean Trade Council Luis Vera, met Bolivian "
                                  "officials in La Paz on Tuesday.", lexicon)
    assert "Pedro Soto" in _actors("Chilean Ambassador-at-Large Pedro Soto said on Tuesday that the talks would resume in Lima.",
                                   lexicon)


def test_an_honorific_is_no_person(lexicon) -> None:
    actors = _actors("Peruvian Foreign Minister Dr. Marta Quispe met Chilean Foreign Minister Luis Vera in Lima on Tuesday.", lexicon)
    assert "Marta Quispe" in actors and "Dr" not in actors


def test_names_that_only_look_like_titles_stay() -> None:
    """A guard: a name with a title word inside it ("Hassan Sheikh Mohamud") or a plain name is kept as written."""
    from tracker.extract.personnames import clean_name

    assert clean_name("Hassan Sheikh Mohamud") == "Hassan Sheikh Mohamud"
    assert clean_name("Luis Vera") == "Luis Vera"
    assert clean_name("Executive Secretary") is None
