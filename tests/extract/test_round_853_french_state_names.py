"""Round 853: the French names of the world's states (pycountry's ISO 3166 translations, `exonyms.py`): francophone
copy names its actors in French, and the guideline names them as the text does. Sentences of our own."""
from __future__ import annotations

import pytest

from tracker.extract.exonyms import french_names
from tracker.extract.mentions import Roster, find_actors


def _states(text: str, lexicon) -> set[str]:
    roster = Roster(lexicon)
    return {roster.name(m.key) for m in find_actors(text, roster) if m.key}


@pytest.mark.parametrize("text, states", [
    ("La Turquie a accueilli mardi à Ankara les délégations de la Somalie et de la République fédérale démocratique "
     "d'Éthiopie.", {"Türkiye", "Ethiopia", "Somalia"}),
    ("Le ministre a reçu jeudi à Kinshasa l'envoyé de la République démocratique du Congo et du Rwanda.",
     {"DR Congo", "Rwanda"}),
    ("La Mauritanie et la Libye ont salué vendredi la visite de l'envoyé personnel.", {"Mauritania", "Libya"}),
    ("Le ministre de l'Algérie a reçu mardi l’envoyé d'Éthiopie à Alger.", {"Algeria", "Ethiopia"}),
    ("Les États-Unis et le Royaume-Uni ont signé la déclaration commune lundi à Genève.",
     {"United States", "United Kingdom"}),
])
def test_a_state_named_in_french_is_that_state(text: str, states: set[str], lexicon) -> None:
    assert states <= _states(text, lexicon)


def test_guard_french_names_that_are_english_words_or_given_names_are_left_out() -> None:
    """The guard: "Grenade", "Maurice", "Dominique", "Chili" are English words or given names, never read as states."""
    names = {n for found in french_names().values() for n in found}
    assert not names & {"Grenade", "Maurice", "Dominique", "Chili", "Christmas", "Salvador"}


def test_guard_an_elided_word_that_begins_no_name_is_left_whole(lexicon) -> None:
    """The guard: "Côte d'Ivoire" is still one name, and "d'Ivoire" no state of its own."""
    assert _states("La Côte d'Ivoire a signé l'accord lundi.", lexicon) == {"Côte d'Ivoire"}


def test_guard_an_english_sentence_reads_as_before(lexicon) -> None:
    """The guard: Maurice, a first name, is nobody's state in English copy."""
    assert "Mauritius" not in _states("Maurice Tempelsman met the envoy in Kinshasa on Tuesday.", lexicon)
