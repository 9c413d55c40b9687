"""Round 880: a headline tells the day's news in the simple present ("X meets Y"); the lead's event, which the text
never dates ("X met Y to discuss …"), is then the news of the day of publication; so is a lead in the present perfect
"have had a meeting". Sentences of our own (published Friday 2023-05-12)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.headline_tense import tells_today

FRIDAY = dt.date(2023, 5, 12)


def _days(body: str, headline: str, lexicon, types: tuple[str, ...]) -> list:
    return [c.first for c in extract_own(body, lexicon, headline=headline).events if c.event_type in types]


@pytest.mark.parametrize("headline, body, types", [
    ("Lavrov meets Cavusoglu to review Syria file",
     "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu to review the situation in "
     "northern Syria and the work of the Astana format.", ("meeting",)),
    ("Armenian, Azerbaijani foreign ministers hold talks on border delimitation",
     "The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, held talks on the "
     "delimitation of the border between the two countries and on the draft of a peace treaty.", ("meeting", "talk_round")),
    ("Blinken, Wang discuss Taiwan tensions in phone call",
     "U.S. Secretary of State Antony Blinken spoke by telephone with Chinese Foreign Minister Wang Yi about tensions "
     "across the Taiwan Strait and ways to keep lines of communication open.", ("call",)),
    ("Sudan's warring sides sign humanitarian truce in Jeddah",
     "Envoys of the Sudanese army and the Rapid Support Forces signed a declaration committing them to protect "
     "civilians and to let aid reach the areas hit by the fighting.", ("agreement",)),
])
def test_present_headline_dates_the_undated_lead(headline: str, body: str, types, lexicon) -> None:
    assert _days(body, headline, lexicon, types)[:1] == [FRIDAY]


def test_present_perfect_had_a_meeting(lexicon) -> None:
    body = ("Russian Deputy Foreign Minister Andrei Rudenko and the Chinese ambassador in Moscow, Zhang Hanhui, have had "
            "a meeting in the course of which they reviewed preparations for consultations on Afghanistan.")
    assert _days(body, "Russian Politics", lexicon, ("meeting",))[:1] == [FRIDAY]


@pytest.mark.parametrize("headline", [
    "Lavrov to meet Cavusoglu next month",  # a plan
    "Lavrov says he will meet Cavusoglu",  # words reported
    "Will Lavrov meet Cavusoglu?",  # a question
    "Talks show signs of progress",  # "signs" is a noun
    "Erdogan calls for ceasefire talks",  # a call for something is no phone call
])
def test_guard_headlines_that_tell_no_news_of_the_day(headline: str) -> None:
    assert not any(tells_today(headline, kind) for kind in ("meeting", "call", "agreement"))


def test_guard_verb_of_another_kind(lexicon) -> None:
    assert not tells_today("Lavrov meets Cavusoglu", "agreement")
    assert tells_today("Lavrov meets Cavusoglu", "meeting")
