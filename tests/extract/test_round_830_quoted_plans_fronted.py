"""Round 830: a gathering the speaker announces inside a quote is an event of its own besides the announcement
(docs/extraction.md, "What counts as an event"), also when the quote puts the day before the verb ("Tomorrow, in
Geneva, a meeting will take place …") or tells the plan with "is due", "is scheduled for", "taking place". Sentences
of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own


def _kinds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return sorted((c.event_type, c.first) for c in extraction.events)


@pytest.mark.parametrize("body, day", [
    ("“On Tuesday, in Geneva, a working meeting will take place between the foreign ministers of Peru and Chile,” "
     "the Peruvian foreign minister said on Thursday.", dt.date(2023, 5, 16)),
    ("“Next week the delegations of Peru and Chile will meet again in Lima,” a Chilean spokesman told reporters.",
     dt.date(2023, 5, 15)),
    ("“The next meeting of the border commission is due at the end of May,” Peru's deputy foreign minister said.",
     dt.date(2023, 5, 21)),
    ("“Our experts are preparing the ministerial meeting taking place next week in Santiago,” the Chilean foreign "
     "ministry said in a statement.", dt.date(2023, 5, 15)),
    ("“The consultations between Peru and Chile are scheduled for May 20 in Lima,” Peru’s foreign ministry spokeswoman said on Friday.",
     dt.date(2023, 5, 20)),
])
def test_a_quoted_plan_is_an_event_beside_the_announcement(body: str, day: dt.date, lexicon) -> None:
    kinds = _kinds(body, lexicon)
    assert any(t == "announcement" for t, _ in kinds), kinds
    assert any(t in ("meeting", "talk_round", "summit") and first == day for t, first in kinds), kinds


@pytest.mark.parametrize("body", [
    "“Last week, in Geneva, the foreign ministers of Peru and Chile held a useful meeting,” the spokesman said.",
    "“The meeting that took place on Monday in Lima was useful,” the Chilean foreign minister said on Friday.",
])
def test_guard_a_past_gathering_in_a_quote_stays_context(body: str, lexicon) -> None:
    kinds = _kinds(body, lexicon)
    assert not any(t in ("meeting", "talk_round", "summit") for t, _ in kinds), kinds


def test_the_parties_a_planned_meeting_is_between(lexicon) -> None:
    """The parties of the plan told after its verb ("will take place … between X and Y") are its actors."""
    body = ("“On Tuesday, in Geneva, a working meeting will take place between the foreign ministers of Peru and Chile,” "
            "the Peruvian foreign minister said on Thursday.")
    extraction = extract_own(body, lexicon, learned=False)
    meeting = next(c for c in extraction.events if c.event_type == "meeting")
    assert {extraction.roster.name(k) for k in meeting.actors} >= {"Peru", "Chile"}
