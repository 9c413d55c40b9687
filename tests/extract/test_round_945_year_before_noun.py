"""Round 945: a bare year that premodifies an event noun dates that event (docs/extraction.md, "Background events").

News English dates a past deal or summit told in passing by putting its year before the noun, after "the" or a
possessive: "the 2015 nuclear deal", "Iran's 2007 summit", "their 1999 border treaty", "the 2018 Revitalized Agreement".
The guideline records such a dated background event (`held`, a `year` date). A bare year was read as a date only after
a preposition ("in 2015"), so these gave nothing. The year dates its noun's event alone (never the sentence's verb),
the place is one of the noun's own phrase, and the speech that tells it is not its mere attribution. Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import typed_events, venues_of

MONDAY = dt.date(2023, 5, 8)


@pytest.mark.parametrize("body, kind, year", [
    ("Peruvian Foreign Minister Ana Soto said on Monday that Lima still honours the 1998 border treaty.", "agreement", 1998),
    ("The envoys discussed on Monday in Vienna how to restore the 2015 nuclear accord.", "agreement", 2015),
    ("Chile and Peru marked on Monday the anniversary of their 1999 fisheries agreement.", "agreement", 1999),
    ("Rebel leaders said on Monday they had never signed the 2018 Revitalized Agreement on the Resolution of the Conflict.",
     "agreement", 2018),
    ("Peru's 2011 summit with Chile remains the last one, the minister said on Monday.", "summit", 2011),
    ("Both governments said on Monday they respected the 2020 truce.", "agreement", 2020),
])
def test_a_year_before_the_noun_dates_it(body: str, kind: str, year: int, lexicon) -> None:
    found = [(k, d) for k, d, _ in typed_events(body, lexicon)]
    assert (kind, dt.date(year, 1, 1)) in found
    assert not any(d is not None and d.year == year and k not in (kind,) for k, d in found)  # no other event takes the year


def test_the_speaker_still_speaks(lexicon) -> None:
    """The closing "X said" is not only the attribution of an old deal: X's words are a statement of the day."""
    body = "Lima wants to revive its 2015 fisheries deal with Santiago, Peruvian Foreign Minister Ana Soto said on Monday."
    assert ("statement", MONDAY) in [(k, d) for k, d, _ in typed_events(body, lexicon)]


def test_the_verb_keeps_its_own_day(lexicon) -> None:
    """The year never dates the sentence's verb: the talks are Monday's."""
    body = "Chilean and Peruvian diplomats held talks in Lima on Monday and praised the 2015 fisheries deal."
    found = [(k, d) for k, d, _ in typed_events(body, lexicon)]
    assert ("meeting", MONDAY) in found and ("agreement", dt.date(2015, 1, 1)) in found
    body = "Chilean and Peruvian diplomats held talks in Lima on Monday on reviving the 2015 fisheries deal."
    assert [(k, d) for k, d, _ in typed_events(body, lexicon)] == [("meeting", MONDAY)]  # the deal is their subject


def test_the_old_deal_takes_no_place_of_the_sentence(lexicon) -> None:
    """Vienna is where the envoys met, not where the 2015 accord was made."""
    body = "The envoys met in Vienna on Monday to discuss the 2015 nuclear accord."
    assert venues_of(body, lexicon) == ["Vienna", None]


@pytest.mark.parametrize("body", [
    "The ministers adopted the 2030 agenda for growth on Monday.",
    "The minister said on Monday that 2015 was a hard year for the accord.",
    "The 2022 World Cup final drew the two presidents on Monday.",
])
def test_a_year_that_dates_no_event_noun(body: str, lexicon) -> None:
    """A guard: a year before a noun that names no event, or standing alone, gives no background event."""
    assert not [e for e in typed_events(body, lexicon) if e[0] in ("agreement", "summit") and e[1] is not None
                and e[1].month == 1 and e[1].day == 1]


@pytest.mark.parametrize("body", [
    "Envoys opened on Monday in Vienna a new round of talks to salvage the 2015 nuclear accord.",
    "The delegations resumed negotiations on Monday aimed at the revival of their 1998 border treaty.",
])
def test_a_deal_that_is_the_goal_of_talks(body: str, lexicon) -> None:
    """A guard: the deal named as what the talks are for tells their subject, no act of its own."""
    assert not [e for e in typed_events(body, lexicon) if e[0] == "agreement"]
