"""Acts of type `other` told as nouns (round 174; docs/extraction.md, "What counts as an event": `other` for a deal
ceasing to function, family reunions): "The last round of family reunions took place in 2018" was a talk round and "after
the collapse of a ceasefire on March 18" an agreement. A round or session of reunions or prisoner exchanges is no talk
round (a round of talks on prisoner exchanges still is), and the collapse, breakdown, expiry or lapse of a deal told
before it is an `other`; a deal someone is pressed "to reach" is no event. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own, typed_days


def test_a_round_of_family_reunions_is_no_talk_round(lexicon) -> None:
    assert typed_days("The 21st round of family reunions took place in August 2018.", lexicon) == [("other", dt.date(2018, 8, 1))]
    assert [c.round_number for c in extract_own("The last round of family reunions took place in 2018.", lexicon).events] == [None]


def test_the_collapse_of_a_ceasefire(lexicon) -> None:
    text = ("The toll includes those killed in the weeks of renewed fighting after the collapse of a ceasefire on March 18. "
            "Peru renewed its campaign, saying it would put pressure on Chile to reach a ceasefire deal.")
    assert typed_days(text, lexicon) == [("other", dt.date(2023, 3, 18))]


def test_a_round_of_talks_on_prisoner_exchanges_stays_talks(lexicon) -> None:
    """A guard: talks on exchanges are talks."""
    text = "The seventh round of talks on prisoner exchanges began in Geneva on Saturday."
    assert [(c.event_type, c.round_number) for c in extract_own(text, lexicon).events] == [("talk_round", 7)]
