"""Well-known officials named bare, their surnames, and who "he" is (round 33); sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors as _events


def test_a_known_official_named_bare_belongs_to_his_state(lexicon) -> None:
    events = _events("Foreign Minister Mevlut Cavusoglu said on Monday that the grain talks had gone well.", lexicon)
    assert ("statement", ["Mevlüt Çavuşoğlu", "Türkiye"]) in events


def test_an_envoy_of_an_organisation_named_bare_belongs_to_it(lexicon) -> None:
    events = _events("Josep Borrell told reporters on Tuesday that the nuclear talks would go on.", lexicon)
    assert ("statement", ["European Union", "Josep Borrell"]) in events


def test_a_known_official_named_in_full_is_then_named_by_surname(lexicon) -> None:
    events = _events("Catherine Colonna met the Chilean foreign minister in Lima on Monday.\n\n"
                     "Colonna said on Tuesday that the meeting had been useful.", lexicon)
    assert ("statement", ["Catherine Colonna", "France"]) in events


def test_he_after_a_speaker_is_that_speaker_not_a_person_named_later_in_the_sentence(lexicon) -> None:
    events = _events("Chilean Foreign Minister Ana Ruiz said on Monday that the border talks would resume.\n\n"
                     "He explained that the Peruvian envoy, Luis Vera, will announce the date soon.", lexicon)
    speech = [actors for kind, actors in events if kind in ("statement", "announcement")]
    assert speech and all("Luis Vera" not in actors for actors in speech)


def test_he_after_a_newly_named_person_is_that_person(lexicon) -> None:
    """The guard: someone named after the last speaker is who "he" is."""
    events = _events("Chilean Foreign Minister Ana Ruiz said on Monday that the border talks would resume.\n\n"
                     "Peru's ambassador to Chile, Luis Vera, has asked for a meeting on Friday.\n\n"
                     "The meeting, he said, would settle the agenda.", lexicon)
    speech = [actors for kind, actors in events if kind == "statement"]
    assert any("Luis Vera" in actors for actors in speech)


def test_a_speaker_with_meanwhile_between_name_and_verb(lexicon) -> None:
    events = _events("Peruvian negotiator Luis Vera said on Monday that talks were going well.\n\n"
                     "Pedro Soto, meanwhile, said that there were no talks at all.", lexicon)
    speech = [actors for kind, actors in events if kind == "statement"]
    assert any("Pedro Soto" in actors for actors in speech)


def test_speech_said_later_is_background(lexicon) -> None:
    events = _events("Peruvian negotiator Luis Vera said on Monday that the border talks would resume.\n\n"
                     "Chilean Foreign Minister Ana Ruiz later said that the differences were about the border.", lexicon)
    speakers = {a for kind, actors in events if kind == "statement" for a in actors}
    assert "Ana Ruiz" not in speakers and "Luis Vera" in speakers
