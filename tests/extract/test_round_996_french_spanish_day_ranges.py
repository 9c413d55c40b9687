"""Round 996: a French or Spanish day-to-day range ("du 4 au 6 avril", "del 4 al 6 de abril") is one span.

French and Spanish copy writes a gathering of several days as "du <day> [<month>] au <day> <month>" and "del <day> [de
<month>] al <day> de <month>"; the gloss gave only the range's first or last day to the English rules. It now glosses
the range as "from <day> [<month>] to <day>", which the English range patterns read by both ends. Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.gloss import Gloss
from tracker.extract.dates import find_dates


def _spans(text: str, language: str) -> list[tuple]:
    english = Gloss(text, language).text
    return [(d.first, d.last) for d in find_dates(english, dt.date(2023, 5, 12))]


@pytest.mark.parametrize("text, language, span", [
    ("La réunion ministérielle s'est tenue du 4 au 6 avril 2023 à Kinshasa.", "French", ((2023, 4, 4), (2023, 4, 6))),
    ("Les pourparlers se tiendront du 30 mai au 2 juin à Genève.", "French", ((2023, 5, 30), (2023, 6, 2))),
    ("La cumbre se celebró del 4 al 6 de abril de 2023 en Bogotá.", "Spanish", ((2023, 4, 4), (2023, 4, 6))),
    ("Las delegaciones se reunirán del 30 de mayo al 2 de junio en México.", "Spanish", ((2023, 5, 30), (2023, 6, 2))),
])
def test_a_day_to_day_range_is_one_span(text: str, language: str, span: tuple) -> None:
    assert _spans(text, language) == [(dt.date(*span[0]), dt.date(*span[1]))]


def test_a_single_day_stays_a_day() -> None:  # guard: "le 4 avril" is one day
    assert _spans("Le ministre est arrivé le 4 avril 2023 à Luanda.", "French") == [(dt.date(2023, 4, 4), dt.date(2023, 4, 4))]
