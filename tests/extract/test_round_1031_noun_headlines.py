"""Round 1031: a press office's headline that names the act as a noun first ("Meeting between the foreign ministers of
X and Y", "Telephone conversation of X with Y") is the headline's act too; a body event weeks before the page's day is
background and does not count as telling it (tracker/extract/headline_events.py). Texts of our own, published Tuesday
2023-04-11."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_text

_BACKGROUND = ("Mackerel quotas in the North Atlantic have been disputed for more than a decade, and scientists say the "
               "stock has fallen by a third since 2015.")


def _events(headline: str, body: str, lexicon) -> list:
    extraction = extract_text(f"published: 2023-04-11\n\n{headline}\n\n{body}", lexicon)
    return [(c.event_type, c.first, sorted(extraction.roster.name(k) for k in c.actors)) for c in extraction.events]


@pytest.mark.parametrize("headline, kind", [
    ("Meeting between the fisheries ministers of Norway and Iceland", "meeting"),
    ("Telephone conversation of the foreign ministers of Norway and Iceland", "call"),
    ("Bilateral consultations of Norway and Iceland on fisheries", "meeting"),
])
def test_a_noun_headline(headline: str, kind: str, lexicon) -> None:
    events = _events(headline, _BACKGROUND, lexicon)
    assert [(e[0], e[1]) for e in events] == [(kind, dt.date(2023, 4, 11))]
    assert {"Norway", "Iceland"} <= set(events[0][2])


def test_a_background_meeting_does_not_tell_it(lexicon) -> None:
    body = "The fisheries ministers of Norway and Iceland last met in Oslo on January 12, 2022."
    events = _events("Norwegian, Icelandic fisheries ministers meet in Reykjavik", body, lexicon)
    assert sorted(e[1] for e in events if e[0] in ("meeting", "talk_round")) == [dt.date(2022, 1, 12), dt.date(2023, 4, 11)]


@pytest.mark.parametrize("headline", [
    "Meeting of minds on mackerel quotas",  # no parties
    "Talks of a new quota deal grow louder in Norway",  # one party
])
def test_guard_no_parties(headline: str, lexicon) -> None:
    assert _events(headline, _BACKGROUND, lexicon) == []


def test_guard_this_week_meeting_tells_it(lexicon) -> None:
    body = "The fisheries ministers of Norway and Iceland met in Reykjavik on Monday to discuss mackerel quotas."
    events = _events("Meeting between the fisheries ministers of Norway and Iceland", body, lexicon)
    assert [e[1] for e in events if e[0] in ("meeting", "talk_round")] == [dt.date(2023, 4, 10)]
