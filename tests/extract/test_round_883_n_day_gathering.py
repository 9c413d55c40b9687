"""Round 883: a sentence that names the gathering just told by its length ("The two-day meeting brought together …",
"The three-day talks produced …", "The two-day session, chaired by …") gives it its span, whatever its verb, and also
when a quote or two stand between. Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own

_GATHERINGS = ("meeting", "talk_round", "summit")


def _spans(body: str, lexicon) -> list:
    return [(c.first, c.last) for c in extract_own(body, lexicon).events if c.event_type in _GATHERINGS]


def _day(d: int) -> dt.date:
    return dt.date(2023, 5, d)


@pytest.mark.parametrize("body, span", [
    ("The foreign ministers of Chile and Peru concluded their talks in Lima on Friday."
     "\n\n“We have made progress on the border crossings,” the Chilean minister said."
     "\n\nThe two-day meeting brought together delegations of both countries and observers.", (_day(11), _day(12))),
    ("Negotiators of Sudan and South Sudan wrapped up a round of border talks in Juba on Friday. "
     "The three-day talks produced a joint statement on the disputed areas.", (_day(10), _day(12))),
    ("Delegations of Serbia and Kosovo began a new round of their dialogue in Brussels on Wednesday."
     "\n\n“The atmosphere was good,” the EU envoy said."
     "\n\nThe two-day session, chaired by the EU envoy, dealt with missing persons.", (_day(10), _day(11))),
])
def test_the_length_told_after_gives_the_span(body: str, span: tuple, lexicon) -> None:
    assert _spans(body, lexicon)[:1] == [span]


def test_guard_a_gathering_named_with_its_own_complement_gives_nothing(lexicon) -> None:
    body = ("The foreign ministers of Chile and Peru met in Lima on Friday."
            "\n\nThe two-day meetings for the next border conference are to start on Monday.")
    assert _spans(body, lexicon)[:1] == [(_day(12), _day(12))]


def test_guard_the_next_sentence_still_reads(lexicon) -> None:
    body = "The foreign ministers of Chile and Peru met in Lima on Wednesday. The talks lasted three days."
    assert _spans(body, lexicon)[:1] == [(_day(10), _day(12))]
