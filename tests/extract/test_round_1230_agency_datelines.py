"""Round 1230: the agency a wire dateline names, in the shapes the parser missed, becomes the article's publisher (a paste
with none is refused on the Review page) and leaves the body: the agency bare after its place and date ("ASTANA.
KAZINFORM -", "BAKU, May 3, AZERTAC.", "Tehran - BORNA -", "Baku-APA."), ahead of it ("(ANSA) - BELGRADE, JUN 24 -"),
two agencies in one bracket ("(dpa/GNA)"), an ordinal, capitalised, French or Spanish date ("12th May, 2025", "MARCH
22", "3 mai"), a bracketed country or a second city ("New Delhi [India]", "WASHINGTON/BOGOTA"), and a byline ("By Jane
Roe, AFP", "• Kyodo", "By Tasnim News Agency"); the state agencies the table lacked (Petra, Kabar, Mediamax, ENA, PANA,
...). The dateline's city is read as before (it stays a dateline city, not a venue).

Guards: a country in capitals after the city ("ISTANBUL, TURKEY -"), a person's name or a headline in capitals above the
dateline, a word that is also an agency's name inside a sentence ("LONDON - Trend analysis shows"), a caption credit
("Reuters file") name no publisher. Sentences of our own, read through `parse_text` (no learned step involved).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.agencies import byline_agency, publisher_named
from tracker.extract.article import parse_text

BODY = "The two foreign ministers reviewed a draft of the transit accord over lunch."


@pytest.mark.parametrize("dateline, publisher, place", [
    ("ALMATY. KAZINFORM -", "Kazinform", "Almaty"),
    ("GANJA, June 9, AZERTAC.", "AZERTAC", "Ganja"),
    ("GYUMRI, APRIL 30, ARMENPRESS.", "Armenpress", "Gyumri"),
    ("Jeddah, August 14, 2021, SPA --", "SPA", "Jeddah"),
    ("Isfahan - BORNA -", "BORNA", "Isfahan"),
    ("Sumgait-APA.", "APA", "Sumgait"),
    ("(ANSA) - TRIESTE, OCT 2 -", "ANSA", "Trieste"),
    ("(TAP)-", "TAP", None),
    ("TAMALE, Oct 9 (dpa/GNA) –", "dpa/GNA", "Tamale"),
    ("DUBAI, 21st March, 2024 (WAM) --", "WAM", "Dubai"),
    ("LYON, 14 juin (AFP) -", "AFP", "Lyon"),
    ("SEVILLA, 8 de julio (EFE).-", "EFE", "Sevilla"),
    ("Mumbai [India], July 2 (ANI):", "ANI", "Mumbai"),
    ("CARACAS/HAVANA, Feb 3 (Reuters) -", "Reuters", "Caracas"),
    ("Aqaba, March 9 (Petra) --", "Petra", "Aqaba"),
    ("Osh, Feb. 2, 2022. /Kabar/.", "Kabar", "Osh"),
    ("Gyumri /Mediamax/.", "Mediamax", "Gyumri"),
    ("Mekelle (ENA) -", "ENA", "Mekelle"),
])
def test_an_agency_dateline_names_the_publisher(dateline: str, publisher: str, place: str | None) -> None:
    article = parse_text(f"published: 2023-05-12\n\nTransit accord\n\n{dateline} {BODY}", "own")
    assert (article.publisher, article.dateline_place) == (publisher, place)
    assert article.body.startswith("The two foreign ministers")


def test_a_dateline_date_in_capitals_or_with_an_ordinal_is_its_day() -> None:
    assert parse_text(f"published: 2023-05-12\n\nAccord\n\nGYUMRI, MAY 11, ARMENPRESS. {BODY}", "own").dateline_date == \
        dt.date(2023, 5, 11)
    assert parse_text(f"Accord\n\nDUBAI, 21st March, 2024 (WAM) -- {BODY}", "own").dateline_date == dt.date(2024, 3, 21)


@pytest.mark.parametrize("byline, publisher", [
    ("By Jane Roe, AFP", "AFP"), ("By Tasnim News Agency", "Tasnim"), ("• Kyodo", "Kyodo"),
    ("Xinhua | Updated: 2023-05-12 10:20", "Xinhua"), ("By Ali Veli and Ayse Kaya | Anadolu Agency", "Anadolu"),
])
def test_a_byline_names_the_publisher(byline: str, publisher: str) -> None:
    article = parse_text(f"published: 2023-05-12\n\nTransit accord reviewed\n\n{byline}\n\n{BODY}", "own")
    assert article.publisher == publisher


@pytest.mark.parametrize("text", [
    "ISTANBUL, TURKEY - " + BODY,
    "MARIA LOPEZ\n\nLIMA - " + BODY,
    "TALKS STALL IN OSLO\n\nOSLO - " + BODY,
    "LONDON - Trend analysis shows the transit accord stalled after the ministers left.",
    "Transit accord\n\nReuters file\n\nLONDON - " + BODY,
])
def test_no_agency_no_publisher(text: str) -> None:
    assert parse_text(f"published: 2023-05-12\n\n{text}", "own").publisher is None


def test_a_country_in_capitals_keeps_its_city() -> None:
    article = parse_text(f"published: 2023-05-12\n\nAccord\n\nISTANBUL, TURKEY - {BODY}", "own")
    assert (article.dateline_place, article.body) == ("Istanbul", BODY)


@pytest.mark.parametrize("line", ["Iran, Oman and Qatar hold talks", "By the Editorial Board", "Trend: talks stall"])
def test_a_headline_or_byline_without_an_agency_names_none(line: str) -> None:
    assert byline_agency(line) is None


def test_two_agencies_keep_both_names() -> None:
    assert publisher_named("KAZINFORM/xinhua") == "Kazinform/Xinhua"
