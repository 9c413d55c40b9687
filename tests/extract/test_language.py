"""A text the rules cannot read says so (round 86): a page in Russian, Arabic or French gave an empty list, as if it
reported nothing; `tracker extract` and `tracker ingest` now print a note naming the file and its language or script.
No model is downloaded: the script of the letters decides, then counts of common function words. Texts of our own."""
from __future__ import annotations

import json

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.language import foreign_language

RUSSIAN = ("Министр иностранных дел России Сергей Лавров встретился во вторник в Анкаре со своим турецким коллегой "
           "Хаканом Фиданом. Министры обсудили ситуацию в Сирии.")
ARABIC = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنقرة يوم الثلاثاء لبحث الأزمة السورية."
FRENCH = ("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré mardi à Ankara son homologue turc Hakan "
          "Fidan. Les deux ministres ont discuté de la situation en Syrie et des pourparlers d'Astana, selon le ministère. "
          "Ils ont aussi évoqué la coopération entre les deux pays dans le cadre du format d'Astana.")
ENGLISH = ("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday. The "
           "ministers discussed the situation in Syria, the ministry said.")


@pytest.mark.parametrize(("text", "expected"), [(RUSSIAN, "Cyrillic"), (ARABIC, "Arabic"), (FRENCH, "French")])
def test_the_language_of_a_text_not_in_english(text: str, expected: str) -> None:
    assert expected in (foreign_language(text) or "")


def test_english_with_foreign_names_is_english() -> None:
    """A guard: names with accents, a few words of another language, a short line."""
    assert foreign_language(ENGLISH + " Mevlüt Çavuşoğlu said the talks were «très utiles» in Astana.") is None
    assert foreign_language("Москва") is None


def test_extraction_of_a_russian_text_says_so(lexicon) -> None:
    extraction = extract_own(RUSSIAN, lexicon, headline="Лавров и Фидан")
    assert extraction.events == [] and extraction.language is not None
    assert any("Cyrillic" in n and "reads English, and French and Spanish" in n and n.startswith("own:") for n in extraction.notes)


def test_extract_and_ingest_name_the_file(run_cli, empty_store, tmp_path) -> None:
    path = tmp_path / "lavrov_ru.txt"
    path.write_text(f"published: 2023-05-12\n\nЛавров и Фидан\n\n{RUSSIAN}\n", encoding="utf-8")
    result = run_cli("extract", path, "--db", tmp_path / "none.db")
    assert result.exit_code == 0 and json.loads(result.stdout)["events"] == []
    assert "lavrov_ru.txt: the text is in Cyrillic script" in result.stderr
    result = run_cli("ingest", path, "--db", empty_store.location)
    assert result.exit_code == 0 and "lavrov_ru.txt: the text is in Cyrillic script" in result.stderr
