"""Venues named as a state's capital (round 31): "in the capital of X", the capital's name on the story's day, and a
capital the text names itself; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon


def _venues(text: str, published: str, lexicon: Lexicon) -> list[str | None]:
    extraction = extract_article(parse_text(f"published: {published}\n\nTalks\n\n{text}", "own"), lexicon,
                                 today=dt.date(2024, 1, 1))
    return [c.venue[0] if c.venue else None for c in extraction.events if c.event_type not in ("statement", "announcement")]


def test_in_the_capital_of_a_state_is_its_capital(lexicon) -> None:
    venues = _venues("Chilean and Peruvian delegations met in the capital of Norway on Thursday.", "2023-05-12", lexicon)
    assert venues == ["Oslo"]


def test_the_kazakh_capital_takes_its_name_of_the_day(lexicon) -> None:
    text = "The delegations of Chile and Peru met in the Kazakh capital on Thursday."
    assert _venues(text, "2021-05-14", lexicon) == ["Nur-Sultan"]
    assert _venues(text, "2023-05-12", lexicon) == ["Astana"]


def test_a_capital_the_text_names_is_taken_as_named(lexicon) -> None:
    venues = _venues("The delegations of Chile and Peru met in Kazakhstan's capital of Nur-Sultan on Thursday.", "2023-05-12",
                     lexicon)
    assert venues == ["Nur-Sultan"]
