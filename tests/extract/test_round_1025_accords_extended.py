"""Round 1025: an accord extended or renewed is an agreement ("the truce was extended in March for 60 days", "the
pact was renewed last year"), and one that "will be extended", told by a speaker, is the accord of the speaker's day."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import days_of, event_types
from tracker.extract.lexicon import Lexicon


@pytest.mark.parametrize("text, day", [
    ("The corridor deal was extended in March for another 60 days.", dt.date(2023, 3, 1)),
    ("The fishing pact, which had lapsed twice since 2019, was renewed last November.", dt.date(2022, 11, 1)),
    ("On Tuesday the humanitarian truce between the two militias was prolonged by two weeks.", dt.date(2023, 5, 9)),
    ("On Tuesday, Chile's foreign minister Alberto van Klaveren told reporters that the border truce will be extended "
     "for 90 days.", dt.date(2023, 5, 9)),
])
def test_an_accord_extended_is_an_agreement(text: str, day: dt.date, lexicon: Lexicon) -> None:
    assert ("agreement", day) in days_of(text, lexicon, ("agreement",))


@pytest.mark.parametrize("text", [
    "Moscow said on Tuesday that the corridor deal could be extended for two more months.",
    "The pact will not be extended beyond May, the Kremlin said on Tuesday.",
    "The United Nations is working towards the extension of the corridor deal.",
    "Peru renewed its call on Tuesday for an end to the fighting.",
    "The talks, which were due to end on Sunday, have since been extended.",
])
def test_an_extension_hoped_for_refused_or_of_talks_is_none(text: str, lexicon: Lexicon) -> None:
    """Guards: an extension that could come, one refused, one worked for, a renewed call, talks extended."""
    assert days_of(text, lexicon, ("agreement",)) == []


def test_a_past_extension_said_is_the_accord_and_no_announcement(lexicon: Lexicon) -> None:
    """Moved from round 986's guards (no plan, so no announcement): the extension is now the agreement, and the words
    after it only attribute it (the guideline drops "..., the minister said" as an attribution)."""
    body = "The grain deal was extended in March, Turkish Defence Minister Hulusi Akar said on Thursday."
    assert event_types(body, lexicon) == ["agreement"]
