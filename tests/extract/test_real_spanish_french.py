"""Spanish and French wire copy is read through a word-for-word English gloss (round 210): a Spanish and a French
article gave nothing at all ("extraction reads English only"), though they report acts in the shapes the English
rules read ("firmaron este viernes en … un acuerdo", "a déclaré mardi", "se tiendra le 30 mai à …"). The evidence is
given back in the text's own words. Texts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.gloss import Gloss

SPANISH = ("Los delegados de Colombia y de la guerrilla firmaron este martes en La Habana un acuerdo sobre el alto el "
           "fuego. El presidente de Colombia, Gustavo Petro, dijo este miércoles que el diálogo seguirá en México el próximo mes.")
FRENCH = ("Le Rwanda et l'Angola ont signé le 10 mai à Luanda un accord de coopération. Selon le communiqué, la "
          "prochaine réunion ministérielle se tiendra le 30 de ce mois à Kinshasa.")
GERMAN = ("Die Außenminister Russlands und der Türkei haben sich am Dienstag in Ankara getroffen. Die Minister sprachen "
          "über die Lage in Syrien und die Gespräche im Astana-Format, sagte das Ministerium.")


def test_a_spanish_article_gives_its_signing_and_its_speech(lexicon) -> None:
    extraction = extract_own(SPANISH, lexicon, headline="Colombia y la guerrilla firman un acuerdo")
    got = {(c.event_type, c.first) for c in extraction.events}
    assert ("agreement", dt.date(2023, 5, 9)) in got  # "este martes" in a story of Friday 12 May
    assert ("statement", dt.date(2023, 5, 10)) in got or ("announcement", dt.date(2023, 5, 10)) in got
    agreement = next(c for c in extraction.events if c.event_type == "agreement")
    assert agreement.evidence[0].startswith("Los delegados de Colombia") and "firmaron" in agreement.evidence[0]
    assert extraction.language is None and any("Spanish" in n and "gloss" in n for n in extraction.notes)


def test_a_french_article_gives_its_signing_and_the_meeting_of_this_month(lexicon) -> None:
    extraction = extract_own(FRENCH, lexicon, headline="Luanda")
    got = {(c.event_type, c.first) for c in extraction.events}
    assert ("agreement", dt.date(2023, 5, 10)) in got
    assert any(t in ("meeting", "talk_round") and d == dt.date(2023, 5, 30) for t, d in got)  # "le 30 de ce mois"
    assert all("accord" in c.evidence[0] or "réunion" in c.evidence[0] for c in extraction.events)


def test_guard_other_languages_names_and_english() -> None:
    """German is still not read; a capitalised month name is a person ("Julio"); evidence maps back exactly."""
    gloss = Gloss("El exdiputado Julio Borges se reunió el 3 de julio con el canciller.", "Spanish")
    assert "Julio Borges met on 3 July" in gloss.text and "Foreign Minister" in gloss.text
    assert gloss.source_of("Julio Borges met on 3 July") == "Julio Borges se reunió el 3 de julio"


def test_guard_german_still_says_english_only(lexicon) -> None:
    extraction = extract_own(GERMAN, lexicon, headline="Lawrow und Fidan")
    assert extraction.events == [] and extraction.language == "German"
