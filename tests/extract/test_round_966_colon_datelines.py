"""Round 966: a dateline written as a town and a colon ("NEW DELHI: …", "Islamabad: …"), as South Asian papers print it.

The Hindu, Dawn, The Express Tribune and many more open a story with the town and a colon instead of a dash; the town
is the dateline (docs/extraction.md, "Dateline city and venue"): never a venue by itself, but "here" is that town. A
headline of the "Country: What happened" shape and chrome before a colon ("Also Read:", "UPDATE:") are no dateline.
Sentences of our own.
"""
from __future__ import annotations

import pytest

from tracker.extract.article import parse_text

_BODY = ("India and Pakistan wrapped up two days of talks on the sharing of river waters on Tuesday, officials said, "
         "adding that the next meeting would be held across the border later in the year.")


@pytest.mark.parametrize("opening, place", [
    ("NEW DELHI: ", "New Delhi"),
    ("Islamabad: ", "Islamabad"),
    ("KABUL: ", "Kabul"),
    ("Dhaka: ", "Dhaka"),
])
def test_town_and_colon_is_the_dateline(opening: str, place: str) -> None:
    article = parse_text(f"published: 2023-05-12\n\nRiver talks end\n\n{opening}{_BODY}", "own")
    assert article.dateline_place == place
    assert article.body.startswith("India and Pakistan")


@pytest.mark.parametrize("opening", ["Also Read: ", "UPDATE: ", "Note: "])
def test_chrome_before_a_colon_is_no_dateline(opening: str) -> None:
    assert parse_text(f"published: 2023-05-12\n\nRiver talks end\n\n{opening}{_BODY}", "own").dateline_place is None


def test_a_country_headline_is_no_dateline() -> None:
    article = parse_text(f"published: 2023-05-12\n\nPakistan: River Talks End in New Delhi\n\n{_BODY}", "own")
    assert article.dateline_place is None
    assert article.title == "Pakistan: River Talks End in New Delhi"


def test_here_is_the_colon_dateline_town(lexicon) -> None:
    from tests.extract.own_text import extract_own
    body = ("NEW DELHI: The Indian and Pakistani water commissioners held their annual meeting here on Tuesday, the "
            "ministry said, and agreed to meet again in Lahore next year.")
    venues = [c.venue[0] for c in extract_own(body, lexicon).events if c.event_type in ("meeting", "talk_round") and c.venue]
    assert "New Delhi" in venues
