"""The failure classes that unseen real wires showed (issue 10), each on sentences of our own, not corpus text."""
from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.dates import find_dates
from tracker.extract.lexicon import Lexicon

TODAY = dt.date(2023, 6, 1)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """The built-in gazetteer alone (no store)."""
    return Lexicon()


def _events(text: str, lexicon: Lexicon, today: dt.date = TODAY):
    extraction = extract_article(parse_text(text, "own"), lexicon, today=today)
    return extraction, [(c, [extraction.roster.name(k) for k in c.actors]) for c in extraction.events]


def test_yearless_dateline_gives_the_round_with_both_days_and_next_sentence_actors(lexicon) -> None:
    text = ("ALMATY, March 3 (Interfax) - The next round of the Astana format talks on Syria will be held in Astana "
            "on March 18-19, a Kazakh diplomat said on Friday. Delegations of Russia, Iran and Turkey, as well as the "
            "Syrian government, will take part in it.")
    extraction, events = _events(text, lexicon)
    rounds = [(c, actors) for c, actors in events if c.event_type == "talk_round"]
    assert len(rounds) == 1
    c, actors = rounds[0]
    assert (c.first, c.last, c.precision) == (dt.date(2023, 3, 18), dt.date(2023, 3, 19), "day")
    assert {"Russia", "Iran", "Türkiye", "Syria"} <= set(actors)
    assert c.venue and c.venue[0] == "Astana" and extraction.process_name(c.process) == "Astana format"
    assert any("no year" in n and "2023-03-03" in n for n in extraction.notes)  # March 3 2023 is a Friday
    assert c.confidence < 0.85


def test_a_page_with_a_yearless_timestamp_takes_the_year_its_weekday_fits(lexicon) -> None:
    text = ("Published: August 14\n\nEnvoys met in Geneva on Monday. The envoys of Norway and Sweden met on Monday "
            "to discuss the draft.")
    extraction, events = _events(text, lexicon)
    assert extraction.article.published_at.date() == dt.date(2023, 8, 14) or dt.date(2023, 8, 14) > TODAY
    assert extraction.article.published_at.date() == dt.date(2022, 8, 14) or extraction.article.published_at.year != 2022
    assert extraction.article.published_at.date().weekday() == 0 and extraction.article.published_at.date() <= TODAY
    assert any("weekday" in n for n in extraction.notes)


def test_without_a_weekday_the_latest_past_occurrence_is_taken(lexicon) -> None:
    text = "ALMATY, July 9 (Interfax) - Norway and Sweden signed a memorandum on fisheries in Oslo."
    extraction, _ = _events(text, lexicon)
    assert extraction.article.published_at.date() == dt.date(2022, 7, 9)
    assert any("latest past occurrence" in n for n in extraction.notes)


def test_a_round_with_its_days_in_the_same_sentence(lexicon) -> None:
    text = ("published: 2023-10-02\n\nThe seventh round of the Astana talks, to be held on October 30-31, will focus "
            "on prisoners, the Kazakh foreign minister said.")
    _, events = _events(text, lexicon)
    rounds = [c for c, _ in events if c.event_type == "talk_round"]
    assert rounds and rounds[0].round_number == 7
    assert (rounds[0].first, rounds[0].last) == (dt.date(2023, 10, 30), dt.date(2023, 10, 31))


@pytest.mark.parametrize("phrase, first, last, precision", [
    ("The talks will resume in early February.", "2024-02-01", "2024-02-10", "month"),
    ("The meeting is planned for mid-September.", "2023-09-11", "2023-09-20", "month"),
    ("A summit is expected in the latter half of the year.", "2023-07-01", "2023-12-31", "month"),
    ("They will meet next week.", "2023-03-06", "2023-03-12", "day"),
    ("Talks were held during the past two days.", "2023-03-02", "2023-03-03", "day"),
    ("The next meeting is planned for late November or early December.", "2023-11-01", "2023-12-31", "month"),
    ("The round will be held by the end of the month.", "2023-03-01", "2023-03-31", "month"),
    ("The ministers met on May 5 last year.", "2022-05-05", "2022-05-05", "day"),
    ("In 2019, the two envoys met on May 5.", "2019-05-05", "2019-05-05", "day"),
])
def test_vague_planned_dates_and_other_years(phrase: str, first: str, last: str, precision: str) -> None:
    found = [d for d in find_dates(phrase, dt.date(2023, 3, 3)) if d.precision != "year"]
    assert [(d.first.isoformat(), d.last.isoformat(), d.precision) for d in found] == [(first, last, precision)]


def test_the_guarantors_are_the_members_of_the_process(lexicon) -> None:
    text = ("published: 2023-06-21\n\nRussia, Iran and Turkey welcomed the Astana talks. The guarantors met in Astana "
            "on Wednesday to discuss detainees.")
    _, events = _events(text, lexicon)
    meeting = next(actors for c, actors in events if c.event_type in ("meeting", "talk_round") and c.first == dt.date(2023, 6, 21))
    assert {"Russia", "Iran", "Türkiye"} <= set(meeting)


def test_both_sides_are_the_two_parties_named_before(lexicon) -> None:
    text = ("published: 2023-06-21\n\nThe foreign ministers of Norway and Sweden met in Oslo on Tuesday. "
            "Both sides agreed on Wednesday to hold a new meeting in the autumn.")
    _, events = _events(text, lexicon)
    agreement = next(actors for c, actors in events if c.event_type == "agreement")
    assert {"Norway", "Sweden"} <= set(agreement)


def test_urging_both_sides_does_not_make_them_speakers(lexicon) -> None:
    text = ("published: 2023-06-21\n\nNorway and Sweden met in Oslo on Tuesday. "
            "Germany on Wednesday urged both sides to respect the deal.")
    _, events = _events(text, lexicon)
    proposal = next(actors for c, actors in events if c.event_type == "proposal")
    assert "Germany" in proposal and "Norway" not in proposal
