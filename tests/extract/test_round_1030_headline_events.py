"""Round 1030: an act told only in the headline ("Norwegian, Icelandic ministers meet in Reykjavik", "… to hold talks in
Tbilisi", "… visits Addis Ababa") is a candidate event, when no event of the body tells it already
(tracker/extract/headline_events.py). Texts of our own, published Tuesday 2023-04-11."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.own_text import extract_text

#: A body that tells background only: no act of its own, so whatever event comes is the headline's
_BACKGROUND = ("Mackerel quotas in the North Atlantic have been disputed for more than a decade, and scientists say the "
               "stock has fallen by a third since 2015.")


def _events(headline: str, body: str, lexicon) -> list:
    extraction = extract_text(f"published: 2023-04-11\n\n{headline}\n\n{body}", lexicon)
    return [(c.event_type, c.first, c.future, sorted(extraction.roster.name(k) for k in c.actors),
             c.venue[0] if c.venue else None) for c in extraction.events]


@pytest.mark.parametrize("headline, kind, day, venue", [
    ("Norwegian, Icelandic fisheries ministers meet in Reykjavik", "meeting", dt.date(2023, 4, 11), "Reykjavík"),
    ("Kenyan foreign minister visits Addis Ababa", "visit", dt.date(2023, 4, 11), "Addis Ababa"),
    ("Armenian, Georgian envoys to meet in Tbilisi", "meeting", None, "Tbilisi"),
    ("Oslo to host next meeting of Norwegian, Icelandic ministers", "meeting", None, "Oslo"),
])
def test_an_act_of_the_headline_alone(headline: str, kind: str, day, venue: str, lexicon) -> None:
    events = _events(headline, _BACKGROUND, lexicon)
    assert [(e[0], e[1], e[4]) for e in events] == [(kind, day, venue)]
    assert events[0][2] is (day is None)  # the present tells the page's day; "to meet" a plan with no day


def test_the_headline_actors(lexicon) -> None:
    events = _events("Norwegian, Icelandic fisheries ministers meet in Reykjavik", _BACKGROUND, lexicon)
    assert {"Norway", "Iceland"} <= set(events[0][3])


def test_guard_told_again_in_the_body(lexicon) -> None:
    """The body's own meeting is the headline's: one event, the body's."""
    body = ("The fisheries ministers of Norway and Iceland met in Reykjavik on Monday to discuss mackerel quotas, the "
            "Norwegian ministry said.")
    events = _events("Norwegian, Icelandic fisheries ministers meet in Reykjavik", body, lexicon)
    assert [e[0] for e in events if e[0] == "meeting"] == ["meeting"]
    assert [e[1] for e in events if e[0] == "meeting"] == [dt.date(2023, 4, 10)]


@pytest.mark.parametrize("headline", [
    "Norwegian, Icelandic ministers said to meet in Reykjavik",  # a claim
    "Iceland ready to resume talks with Norway in Oslo",  # a readiness, not an act
    "Will Norwegian, Icelandic ministers meet in Reykjavik?",  # a question
    "Iceland hosts fisheries consultations",  # one party, no place: nothing to tell who met
    "Mackerel quotas remain disputed after a decade",  # no act
])
def test_guard_no_act(headline: str, lexicon) -> None:
    assert _events(headline, _BACKGROUND, lexicon) == []


def test_guard_the_title_is_the_first_sentence(lexicon) -> None:
    """A page with no headline takes its first sentence as title (every line ends in a full stop): no second event."""
    text = ("published: 2023-04-11\n\nThe fisheries ministers of Norway and Iceland met in Reykjavik on Monday, the "
            "ministry said.\nThe talks will resume in May.\n")
    extraction = extract_text(text, lexicon)
    first = "The fisheries ministers of Norway and Iceland met in Reykjavik on Monday, the ministry said."
    assert [c.first for c in extraction.events if first in c.evidence] == [dt.date(2023, 4, 10)]


def test_the_kept_article_shows_the_headline_so_its_event_is_marked_in_review(lexicon, shipped) -> None:
    """The review page showed the body alone: "the evidence sentence was not found in it" for every headline event."""
    from tracker.extract import articles_from_bytes, extract_articles
    from tracker.extract.highlight import segments
    from tracker.extract.ingest import plan_ingest

    headline = "Norwegian, Icelandic fisheries ministers meet in Reykjavik"
    text = f"publisher: Test Wire\npublished: 2023-04-11\n\n{headline}\n\n{_BACKGROUND}\n"
    tables, report = plan_ingest(extract_articles(articles_from_bytes(text.encode(), "own.txt"), shipped), shipped)
    (event_id,) = tables.events.loc[tables.events["title"].str.contains("Iceland"), "event_id"]
    kept = report.texts[f"{event_id}:s1"]
    assert kept.startswith(headline) and _BACKGROUND in kept
    assert [piece for piece, marked in segments(kept, headline) if marked] == [headline]
