"""Events the real wires tell without a trigger verb or inside a noun phrase (round 14), on sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _events(text: str, lexicon: Lexicon):
    extraction = extract_own(text, lexicon, headline="Fisheries")
    return [(c.event_type, c.first, c.last, c.precision, sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


@pytest.mark.parametrize("sentence, first, last, precision", [
    ("The three-day truce between the fishing fleets expired on Tuesday.", dt.date(2023, 5, 9), dt.date(2023, 5, 9), "day"),
    ("The Baltic fisheries deal ceased to function on March 3.", dt.date(2023, 3, 3), dt.date(2023, 3, 3), "day"),
    ("The Oslo contact group was created in 2019 by Norway and Chile.", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year"),
])
def test_an_accord_or_format_that_ends_or_is_created_on_a_day(lexicon, sentence, first, last, precision) -> None:
    assert ("other", first, last, precision) in [e[:4] for e in _events(sentence, lexicon)]


@pytest.mark.parametrize("sentence", ["Chile withdrew from in 2018 the accord it had signed.",
                                      "In a blow to the region, Chile pulled Peru out of the fisheries deal in May 2018."])
def test_leaving_a_deal_is_a_decision(lexicon, sentence) -> None:
    assert any(e[0] == "decision" and e[1].year == 2018 for e in _events(sentence, lexicon))


def test_an_agreement_named_by_its_full_date(lexicon) -> None:
    text = "Chilean officials said on Thursday that the terms of the March 4, 2021 fisheries agreement were ignored."
    assert ("agreement", dt.date(2021, 3, 4), dt.date(2021, 3, 4), "day") in [e[:4] for e in _events(text, lexicon)]


def test_a_summit_named_in_a_noun_phrase_with_its_month(lexicon) -> None:
    text = ("Relations have stalled since the failed summit between Chilean President Ana Torrealba and Peruvian "
            "President Luis Quispe in February.")
    events = _events(text, lexicon)
    assert [e[:4] for e in events] == [("summit", dt.date(2023, 2, 1), dt.date(2023, 2, 28), "month")]
    assert {"Ana Torrealba", "Luis Quispe"} <= set(events[0][4])


def test_a_meeting_of_leaders_named_in_a_noun_phrase_is_a_summit(lexicon) -> None:
    text = ("It is the first call for talks since a surprise meeting at the border town of Arica on April 30 between "
            "the leaders of Chile and Peru.")
    assert [e[:2] for e in _events(text, lexicon)] == [("summit", dt.date(2023, 4, 30))]


def test_a_last_meeting_in_a_year(lexicon) -> None:
    assert [e[:2] for e in _events("Its last meeting was in 2016.", lexicon)] == [("meeting", dt.date(2016, 1, 1))]


def test_a_conference_addressed_on_a_day(lexicon) -> None:
    text = "The UN chief told a fisheries donors' conference in Oslo on Thursday that the pause was fragile."
    assert ("meeting", dt.date(2023, 5, 11)) in [e[:2] for e in _events(text, lexicon)]


@pytest.mark.parametrize("sentence, kinds", [
    ("Norway and Chile adopted a joint statement at the end of the two-day meeting on Wednesday.", ["agreement"]),
    ("Norwegian Foreign Minister Ana Torrealba announced the latest talks on Tuesday.", ["announcement"]),
    ("Norway has worked with Chile to broker a deal after the storm in February.", []),
    ("Ana Torrealba told a press conference in Oslo on Thursday that the talks were useful.", ["statement"]),
])
def test_a_noun_phrase_that_is_no_event_of_its_own(lexicon, sentence, kinds) -> None:
    assert [e[0] for e in _events(sentence, lexicon)] == kinds
