"""Counted intervals from another date of the sentence (round 621): "…, a year after the two sides signed the accord"
left the accord undated (or gave it the date of the main clause), and "in 2018, three years after they reached the
deal" gave the deal 2018. "N years / months after" now counts back from the date told before it in the sentence (the
first after it when it opens the sentence, the day of writing when there is none), "N years / months later" on from the
date before it, "earlier" back from it; and a date that ends in "after" belongs only to the act told right after it,
never to the main clause's. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.dates import find_dates

PUBLISHED = dt.date(2023, 5, 12)


@pytest.mark.parametrize("sentence, text, first, last, precision", [
    ("Talks resumed in Oslo on Monday, a year after the two sides signed a truce.", "a year after",
     dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
    ("Washington left the pact in 2019, four years after the powers concluded it.", "four years after",
     dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year"),
    ("Two years after they initialled the text, the parties met again in Geneva in 2021.", "Two years after",
     dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year"),
    ("The commission was set up in March 2022 and held its first session two months later.", "two months later",
     dt.date(2022, 5, 1), dt.date(2022, 5, 31), "month"),
    ("The dialogue restarted in October 2022; it had been broken off 3 months earlier.", "3 months earlier",
     dt.date(2022, 7, 1), dt.date(2022, 7, 31), "month"),
    ("The envoy spoke of the deal, which the rivals struck a year after the uprising.", "a year after",
     dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
])
def test_a_count_from_another_date_is_that_year_or_month(sentence, text, first, last, precision) -> None:
    [m] = [d for d in find_dates(sentence, PUBLISHED) if d.text == text]
    assert (m.first, m.last, m.precision) == (first, last, precision)


def test_the_act_after_the_count_takes_it_and_the_main_clause_keeps_its_day(lexicon) -> None:
    body = ("The foreign ministers of Chile and Peru met in Lima on Thursday, two years after the two governments "
            "signed a border agreement in Quito.")
    events = extract_own(body, lexicon).events
    meeting = next(c for c in events if c.event_type == "meeting")
    accord = next(c for c in events if c.event_type == "agreement")
    assert meeting.first == dt.date(2023, 5, 11)
    assert (accord.first, accord.last, accord.precision) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year")


def test_a_count_after_an_act_no_trigger_reads_dates_nothing(lexicon) -> None:
    """A guard: "a year after the fighting ended" names no diplomatic act; the talks told before it do not take it."""
    body = "Chile and Peru held talks in Lima, a year after the fighting along the border ended."
    talks = [c for c in extract_own(body, lexicon).events if c.event_type in ("meeting", "talk_round")]
    assert talks and all(c.first is None or c.first.year == 2023 for c in talks)


@pytest.mark.parametrize("sentence", [
    "The sides met again almost two years after the accord was signed.",
    "In 2019, six months after the accord was signed, the talks stalled.",
    "Six months later, the talks stalled.",
])
def test_a_hedged_or_unanchored_count_names_nothing(sentence) -> None:
    """A guard: "almost" blurs the count, a month is not counted from a bare year, and "later" needs a date before it."""
    assert [d for d in find_dates(sentence, PUBLISHED) if "after" in d.text or "later" in d.text] == []
