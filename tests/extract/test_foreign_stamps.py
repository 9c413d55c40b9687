"""Timestamp lines in French, Spanish, Italian, Portuguese and German give their day (the review walk of the
nineteenth stop stored a French page of 6 April as of 1 June: "Mar" of "Mardi" passed for March)."""
import datetime as dt

import pytest

from tracker.extract.article import parse_timestamp
from tracker.extract.foreign_stamps import english_stamp


@pytest.mark.parametrize("line, day", [
    ("Mardi 6 avril 2021 - 15:56", dt.datetime(2021, 4, 6, 15, 56)),
    ("Publié le 12 février 2024 à 10h05", dt.datetime(2024, 2, 12, 10, 5)),
    ("jueves, 3 de marzo de 2022", dt.datetime(2022, 3, 3)),
    ("martedì 6 aprile 2021, 10:12", dt.datetime(2021, 4, 6, 10, 12)),
    ("Quinta-feira, 9 de setembro de 2021", dt.datetime(2021, 9, 9)),
    ("Donnerstag, 4. März 2021", dt.datetime(2021, 3, 4)),
    ("7. februar 2023 11:43", dt.datetime(2023, 2, 7, 11, 43)),
    ("22 июня 2023, 14:05", dt.datetime(2023, 6, 22, 14, 5)),
    ("12 Mayıs 2023 Cuma", dt.datetime(2023, 5, 12)),
    ("Miercuri, 3 martie 2021", dt.datetime(2021, 3, 3)),
    ("donderdag 14 mei 2020", dt.datetime(2020, 5, 14)),
    ("Tuesday 6 April 2021", dt.datetime(2021, 4, 6)),
    ("June 22, 2023 16:13", dt.datetime(2023, 6, 22, 16, 13)),
])
def test_a_timestamp_line_in_another_language_gives_its_day(line: str, day: dt.datetime) -> None:
    assert parse_timestamp(line) == day


def test_english_names_and_other_words_stay() -> None:
    assert english_stamp("22 Jun 2023, 16:13 GMT") == "22 Jun 2023, 16:13 GMT"
    assert english_stamp("Updated: March 3, 2024") == "Updated: March 3, 2024"
    assert english_stamp("mercredi 5 mai 2021") == "5 May 2021"
