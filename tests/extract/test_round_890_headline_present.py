"""Round 890: a headline in the present dates the lead told in the simple past by the publication day.

"Kazakh FM meets US envoy" over "… met with …": the historic present of a headline is the day's news (docs/extraction.md,
"Undated events"; open questions 620-639 #19, 720-739 #4, 820-839 #10). Sentences of our own.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.headline_tense import headline_in_present

PUBLISHED = dt.date(2023, 5, 12)


def _lead_day(headline: str, body: str, lexicon) -> tuple:
    extraction = extract_own(body, lexicon, headline=headline)
    lead = min(extraction.events, key=lambda c: c.order)
    return lead.event_type, lead.first


@pytest.mark.parametrize("headline", [
    "Kazakh foreign minister meets Norwegian envoy",
    "Armenian, Turkish envoys hold first meeting",
    "Co-Chairs Discuss Border Delimitation",
    "Foreign Minister Makes Phone Call to Qatari Counterpart",
    "Minister receives Swiss ambassador",
])
def test_a_headline_in_the_present_is_news_of_the_day(headline: str) -> None:
    assert headline_in_present(headline)


@pytest.mark.parametrize("headline", [
    "Putin to meet Erdogan in Sochi",
    "Lavrov's visit to Ankara postponed",
    "Meeting of the border commission held in Dushanbe",
    "Calls for a ceasefire grow louder",
    "Will the envoys meet again?",
    "Leaders expected to sign accord",
    "",
])
def test_a_plan_a_participle_or_a_noun_is_not(headline: str) -> None:
    assert not headline_in_present(headline)


@pytest.mark.parametrize("headline, body, kind", [
    ("Kazakh foreign minister meets Norwegian envoy",
     "Kazakhstan's foreign minister met with Norway's special envoy for the Afghan peace process and discussed the "
     "situation in Afghanistan, the ministry's press service reported.", "meeting"),
    ("Minister makes phone call to Qatari counterpart",
     "Egypt's foreign minister made a telephone call to his Qatari counterpart to discuss the ceasefire talks in "
     "Gaza, the foreign ministry said.", "call"),
    ("Armenia, Azerbaijan sign border protocol",
     "Armenia and Azerbaijan signed a protocol on the delimitation of their border after a meeting of the two "
     "commissions, the two governments said.", "agreement"),
])
def test_the_simple_past_lead_under_such_a_headline_takes_the_publication_day(headline, body, kind, lexicon) -> None:
    assert _lead_day(headline, body, lexicon) == (kind, PUBLISHED)


def test_under_a_headline_in_the_participle_the_lead_stays_undated(lexicon) -> None:
    body = ("Kazakhstan's foreign minister met with Norway's special envoy for the Afghan peace process and discussed the "
            "situation in Afghanistan, the ministry's press service reported.")
    assert _lead_day("Meeting with Norwegian envoy held in Astana", body, lexicon) == ("meeting", None)


def test_a_lead_the_text_dates_keeps_its_own_day(lexicon) -> None:
    body = ("Kazakhstan's foreign minister met with Norway's special envoy for the Afghan peace process on Tuesday and "
            "discussed the situation in Afghanistan, the ministry's press service reported.")
    assert _lead_day("Kazakh foreign minister meets Norwegian envoy", body, lexicon) == ("meeting", dt.date(2023, 5, 9))
