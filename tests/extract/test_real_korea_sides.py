"""One Korea named by its side (round 142): in a story that names a Korea, "the South said on Saturday" is South Korea's
words and "the North" North Korea; a state that speaks about talks it is a party to ("talks with South Korea …, the South
said") stays their party. "The South China Sea" names no Korea. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import typed_events


def test_the_south_said(lexicon) -> None:
    text = "North Korea has agreed to hold talks with South Korea on May 29 at the border village of Panmunjom, the South said on Saturday."
    assert typed_events(text, lexicon) == [
        ("talk_round", dt.date(2023, 5, 29), ["North Korea", "South Korea"]),
        ("announcement", dt.date(2023, 5, 6), ["South Korea"]),
    ]


def test_the_north_in_a_later_sentence(lexicon) -> None:
    text = "South Korea proposed talks on Monday. The North said on Tuesday that it would study the offer."
    assert ("statement", dt.date(2023, 5, 9), ["North Korea"]) in typed_events(text, lexicon)


def test_the_south_china_sea(lexicon) -> None:
    """A guard: "the South China Sea" and a story with no Korea name no Korea."""
    text = "China said on Monday that the South China Sea talks were useful. The North said nothing."
    assert typed_events(text, lexicon) == [("statement", dt.date(2023, 5, 8), ["China"])]
