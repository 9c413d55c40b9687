"""Round 1065: a place's name with the lower-case Arabic article inside it ("Sharm al-Sheikh", "Deir ez-Zor") is read
whole as the venue, not cut at its first word ("Sharm") or left unread.

Guards: a plain town keeps its reading, and a capitalised word after the article that is no part of a known place
("in Geneva al-Arabiya reported") leaves the town alone. Sentences of our own; published Friday 12 May 2023.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import gathering_venues


@pytest.mark.parametrize("body, venue", [
    ("Negotiators of Israel and Hamas held talks on Tuesday in the Egyptian resort town of Sharm al-Sheikh.",
     "Sharm al-Sheikh"),
    ("Envoys of the two sides met on Wednesday in the Red Sea resort of Sharm el-Sheikh to discuss the truce.",
     "Sharm el-Sheikh"),
    ("Tribal elders and government officials met on Monday in Deir ez-Zor to discuss the prisoner exchange.",
     "Deir ez-Zor"),
])
def test_the_name_with_the_article_is_read_whole(body: str, venue: str, lexicon) -> None:
    assert gathering_venues(body, lexicon) == [venue]


def test_a_plain_town_keeps_its_reading(lexicon) -> None:
    body = "Negotiators of Israel and Hamas held talks on Tuesday in Cairo on the truce."
    assert gathering_venues(body, lexicon) == ["Cairo"]


def test_a_name_after_the_town_is_not_taken(lexicon) -> None:
    body = "Negotiators of Israel and Hamas held talks on Tuesday in Doha al-Arabiya reported."
    assert gathering_venues(body, lexicon) == ["Doha"]
