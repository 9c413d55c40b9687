""""The mediators" stand for the mediators the article names (round 276): listed as mediators, as having mediated, or
after "mediated by"; with a count that does not fit, none. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _actors(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events]


def test_the_mediators_said_after_they_were_listed(lexicon) -> None:
    body = ("Qatar, Egypt and the United States have mediated the Gaza ceasefire talks for months. "
            "The mediators said on Tuesday that a deal was close.")
    assert ["Egypt", "Qatar", "United States"] in _actors(body, lexicon)


def test_the_mediators_meet_a_party(lexicon) -> None:
    body = ("The Jeddah talks are mediated by Saudi Arabia and the United States. "
            "The mediators met the Sudanese army in Jeddah on Tuesday.")
    assert {"Saudi Arabia", "United States", "Sudanese Armed Forces"} <= set(_actors(body, lexicon)[-1])


def test_guard_a_count_that_does_not_fit_gives_none(lexicon) -> None:
    body = "Norway has mediated the talks. The two mediators will meet in Oslo on Sunday."
    assert all("Norway" not in a for a in _actors(body, lexicon))
