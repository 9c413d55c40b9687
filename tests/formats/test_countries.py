"""One country reader (tracker.countries.country_code) for the importers, the review form's new actors and the
editor's country box: every name or code one of the three readers it replaced accepted still reads as the same
country (tests/fixtures/countries_before.json lists them, made with the readers of b7ee510f)."""
import json
from pathlib import Path

import pytest

from tracker.countries import country_code

BEFORE = json.loads((Path(__file__).parents[1] / "fixtures" / "countries_before.json").read_text(encoding="utf-8"))
#: the one text the old readers disagreed on: the gazetteer made "Congo" the DR Congo, ISO and countryinfo the Republic
CHANGED = {("acled_state_code", "Congo"): "COG", ("acled_state_code", "congo"): "COG"}


@pytest.mark.parametrize(("reader", "codes"), [("country_of_name", False), ("acled_state_code", True),
                                               ("pycountry_lookup", True)])
def test_every_country_a_reader_accepted_reads_the_same(reader, codes):
    accepted = BEFORE[reader]
    assert len(accepted) > 1500
    now = {text: country_code(text, codes=codes) for text in accepted}
    assert {text: code for text, code in now.items() if code != CHANGED.get((reader, text), accepted[text])} == {}


@pytest.mark.parametrize(("text", "code"), [
    ("Switzerland", "CHE"), ("switzerland", "CHE"), ("Swiss Confederation", "CHE"), ("CH", "CHE"), ("che", "CHE"),
    ("756", "CHE"), (" Côte d'Ivoire ", "CIV"), ("Ivory Coast", "CIV"), ("UK", "GBR"), ("Kosovo", "XKX"),
    ("Atlantis", None), ("XYZ", None), ("", None)])
def test_a_country_is_its_name_or_any_of_its_codes(text, code):
    assert country_code(text) == code


def test_whole_names_only_leave_codes_and_abbreviations_out():
    # a flat file's new actor "IS" (Islamic State) is no Iceland; "Britain" and "Kosovo" are states
    assert [country_code(t, codes=False) for t in ("IS", "US", "ARM", "che", "Britain", "Kosovo")] == [
        None, None, None, None, "GBR", "XKX"]


def test_a_name_with_its_article_as_articles_write_it():
    """review30: "the United Kingdom", "the Philippines" were "no country" in the review form's Country, while "the
    Gambia" and "the Netherlands" (named so in the tables) were read."""
    for text, code in [("the United Kingdom", "GBR"), ("the United States", "USA"), ("The Russian Federation", "RUS"),
                       ("the Czech Republic", "CZE"), ("the Philippines", "PHL"), ("the Gambia", "GMB")]:
        assert country_code(text) == code, text
    assert country_code("the") is None and country_code("the us") is None  # a code takes no article
