"""Round 21, on sentences of our own: a date that leads the sentence yields to a nearer one, talks that "continued",
and a ministry named in lower case after a possessive state."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon

TODAY = dt.date(2023, 9, 1)


def _events(body: str, lexicon: Lexicon, published: str = "2023-08-24"):
    extraction = extract_article(parse_text(f"published: {published}\n\nTalks\n\n{body}", "own"), lexicon, today=TODAY)
    return [(c.event_type, c.first, c.last, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


@pytest.mark.parametrize("body, kind, first, last", [
    ("On Thursday, a Chilean newspaper reported that the Norwegian foreign minister will visit Santiago in September.",
     "visit", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
    ("OSLO (Wire - 24th August, 2023) Advisers of Norway and Chile will meet on September 2 to prepare the summit.",
     "meeting", dt.date(2023, 9, 2), dt.date(2023, 9, 2)),
])
def test_a_leading_date_yields_to_the_date_next_to_the_event(lexicon, body, kind, first, last) -> None:
    assert (kind, first, last) in [e[:3] for e in _events(body, lexicon)]


def test_a_leading_date_alone_still_dates_the_event(lexicon) -> None:
    assert ("meeting", dt.date(2023, 8, 21)) in [e[:2] for e in _events("On Monday, Norway and Chile met in Oslo.", lexicon)]


def test_talks_that_continued_on_a_day(lexicon) -> None:
    body = "Talks between Chile and Peru on fisheries continued in Lima on Tuesday, a Chilean envoy said."
    assert any(kind in ("meeting", "talk_round") and first == dt.date(2023, 8, 22) for kind, first, _, _ in _events(body, lexicon))


def test_talks_that_continued_to_stall_are_no_event(lexicon) -> None:
    body = "Talks between Chile and Peru continued to stall, Chilean officials said on Tuesday."
    assert not any(kind in ("meeting", "talk_round") for kind, _, _, _ in _events(body, lexicon))


def test_a_lower_case_foreign_ministry_after_a_possessive_state_speaks(lexicon) -> None:
    body = "Chile and Peru are preparing for fisheries talks, Chile’s foreign ministry said Thursday."
    events = _events(body, lexicon)
    assert any(kind == "statement" and first == dt.date(2023, 8, 24) and "Chile" in actors for kind, first, _, actors in events)
