"""Round 1270: a year-less month or day after an irregular past verb stays in the past.

The tense of a year-less date is read from the verb before it in its clause, or from the verb right after it. A verb
in -ed, or one of a short list of irregular past forms, makes it past; other irregular forms ("led", "won", "sought",
"fought", "struck", "brought") were not read, so the date had no tense and took the nearest year, which for a month a
little after publication is a month still to come ("a truce beginning in November that led to the release of
hostages", published in June: November of the year before). Only forms that no present or infinitive shares are
listed: "cut", "put", "set", "hit" are also present ("will cut ties in May") and stay unread.
Sentences of our own, published Monday 2024-06-10. Guards: a future verb before the same forms keeps the date ahead.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import date_spans

PUBLISHED = dt.date(2024, 6, 10)


@pytest.mark.parametrize("text, span", [
    ("A ten-day pause in the shelling starting in September led to the return of 40 detainees.",
     (dt.date(2023, 9, 1), dt.date(2023, 9, 30))),
    ("The mediators sought a meeting of the two chiefs in October, a source said.",
     (dt.date(2023, 10, 1), dt.date(2023, 10, 31))),
    ("The opposition won a seat at the table in August after months of pressure.",
     (dt.date(2023, 8, 1), dt.date(2023, 8, 31))),
    ("The envoy brought both foreign ministers to Oslo on September 14 for a first contact.",
     (dt.date(2023, 9, 14), dt.date(2023, 9, 14))),
])
def test_an_irregular_past_keeps_the_date_behind_publication(text: str, span: tuple) -> None:
    assert span in date_spans(text, PUBLISHED)


@pytest.mark.parametrize("text, span", [
    ("The ministers will cut the ribbon on the new crossing in September.", (dt.date(2024, 9, 1), dt.date(2024, 9, 30))),
    ("The talks will be led by the two deputy ministers in September.", (dt.date(2024, 9, 1), dt.date(2024, 9, 30))),
    ("A second session is expected in July, the ministry said.", (dt.date(2024, 7, 1), dt.date(2024, 7, 31))),
])
def test_a_future_clause_keeps_the_date_ahead(text: str, span: tuple) -> None:
    assert span in date_spans(text, PUBLISHED)
