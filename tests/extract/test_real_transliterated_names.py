"""First names in another agency's transliteration (round 200): "Dmytro Kozak" (the lexicon knows "Dmitry Kozak", with no
bare surname) gave a new person apart from the official the lexicon knows, and a label's "Pyotr Poroshenko" or "Edvard
Nalbandian" was not read as the lexicon's "Petro Poroshenko" or "Edward Nalbandian". Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def _actors(text: str, lexicon) -> set[str]:
    return {name for _, _, names in typed_events(text, lexicon) for name in names}


def test_another_spelling_of_the_first_name_is_the_known_official(lexicon) -> None:
    assert "Dmitry Kozak" in _actors("Kremlin deputy chief of staff Dmytro Kozak met Chilean officials in Lima on Tuesday.", lexicon)
    assert "Sergei Ryabkov" in _actors("Deputy Foreign Minister Serhiy Ryabkov met Chilean officials in Lima on Tuesday.", lexicon)


def test_a_first_name_with_no_other_spelling_is_left_alone() -> None:
    """A guard: names whose first name has no listed spelling, or a single word, get no variants."""
    from tracker.extract.transliteration import variants

    assert variants("Luis Vera") == [] and variants("Lavrov") == []
    assert "Sergey Lavrov" in variants("Sergei Lavrov")
