"""Round 1047: the fortnights of months that vague planned dates name.

"The second fortnight of June" is 16-30 June, as "the second half of June" already was (before, the whole month from
"of June"), and the French "la deuxième quinzaine du mois de juin" and the Spanish "la segunda quincena de junio"
read the same through the gloss (which now reads "prévue" / "prevista" as "planned", so the planned meeting takes the
coming June). Month precision. "Late June or early July" stays both whole months, as the guideline's table gives "late
November or early December" ("one span over both"). Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_text
from tracker.extract.dates import find_dates

FRIDAY = dt.date(2023, 5, 12)


def _span(sentence: str) -> tuple[dt.date, dt.date, str]:
    found = find_dates(sentence, FRIDAY)
    assert len(found) == 1, found
    return found[0].first, found[0].last, found[0].precision


@pytest.mark.parametrize("sentence, first, last", [
    ("The talks will resume in the second fortnight of June.", dt.date(2023, 6, 16), dt.date(2023, 6, 30)),
    ("The envoys will meet in the first fortnight of July.", dt.date(2023, 7, 1), dt.date(2023, 7, 15)),
])
def test_fortnights(sentence: str, first: dt.date, last: dt.date) -> None:
    assert _span(sentence) == (first, last, "month")


@pytest.mark.parametrize("body", [
    "Les présidents ont discuté des préparatifs de la rencontre de Luanda prévue dans la deuxième quinzaine du mois de "
    "juin. Elle rassemblera pour la troisième fois les délégations des deux pays.",
    "Les présidents ont discuté des préparatifs de la rencontre de Luanda prévue dans la deuxième quinzaine de juin. "
    "Elle rassemblera pour la troisième fois les délégations des deux pays.",
])
def test_a_french_fortnight(body: str, lexicon) -> None:
    events = extract_text(f"published: 2023-05-12\n\nRéunion\n\n{body}", lexicon).events
    assert [(c.first, c.last, c.precision) for c in events] == [(dt.date(2023, 6, 16), dt.date(2023, 6, 30), "month")]


@pytest.mark.parametrize("sentence, first, last", [
    ("The talks could resume in June or July.", dt.date(2023, 6, 1), dt.date(2023, 7, 31)),       # whole months
    # the guideline's "one span over both": "late November or early December" is both whole months
    ("The summit is planned for late June or early July.", dt.date(2023, 6, 1), dt.date(2023, 7, 31)),
    ("The talks will resume in the second half of June.", dt.date(2023, 6, 16), dt.date(2023, 6, 30)),
    ("The talks will resume in late June.", dt.date(2023, 6, 21), dt.date(2023, 6, 30)),
])
def test_other_spans_unchanged(sentence: str, first: dt.date, last: dt.date) -> None:  # guards
    assert _span(sentence) == (first, last, "month")


def test_a_fortnight_from_now_is_still_two_weeks() -> None:  # guard: not a part of a month
    (found,) = find_dates("The ministers will meet again in a fortnight.", FRIDAY)
    assert (found.first, found.last, found.precision) == (dt.date(2023, 5, 22), dt.date(2023, 5, 28), "day")
