"""A sentence's opening date belongs to its main clause (round 251): "Last year, at a meeting in Lima, X said …" gave the
year to the meeting of the opening setting and left X's words to the day of publication (the guideline dates speech said
at an event by that event); "On Thursday, the meeting could not take place, X said." gave Thursday to X's closing
attribution, where it is the clause's day and the words are dated as any "said" without a day. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _days(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last) for c in extract_own(body, lexicon).events]


def test_an_opening_setting_leaves_the_date_to_the_words(lexicon) -> None:
    body = "Last year, at a meeting in Lima, Bolivian Foreign Minister Celinda Sosa said that the border dispute was over."
    assert _days(body, lexicon) == [("statement", dt.date(2022, 1, 1), dt.date(2022, 12, 31))]


def test_a_closing_attribution_does_not_take_the_opening_day(lexicon) -> None:
    body = ("On Thursday, the meeting could not take place as the Peruvian minister was ill, "
            "Chilean Foreign Minister Alberto van Klaveren said.")
    said = [d for d in _days(body, lexicon) if d[0] == "statement"]
    assert said == [("statement", dt.date(2023, 5, 12), dt.date(2023, 5, 12))]


def test_the_speaker_s_own_opening_day_and_an_apposition_stay(lexicon) -> None:
    """A guard: the opening date of a sentence whose main verb is the speech is the speech's, with or without an
    apposition after the subject."""
    body = "On Thursday, Chilean Foreign Minister Alberto van Klaveren said the border talks with Peru would resume soon."
    assert [d[:2] for d in _days(body, lexicon)] == [("statement", dt.date(2023, 5, 11))]
    body = "In 2021, the president of Bolivia, Luis Arce, announced his readiness to sign a border treaty with Chile."
    assert [d[:2] for d in _days(body, lexicon) if d[0] != "agreement"] == [("statement", dt.date(2021, 1, 1))]
