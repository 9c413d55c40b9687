"""The town of a process's talks given in another sentence (round 56): a session the article reports, held in the last
two weeks, with no place in its own sentence takes the one town the article gives that process's talks anywhere else;
two towns, or a planned or old session, take none. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _rounds(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.first, c.venue[0] if c.venue else None) for c in extraction.events if c.event_type == "talk_round"]


def test_the_town_of_the_process_talks_in_another_sentence_is_the_venue(lexicon) -> None:
    text = ("The Iran nuclear talks resumed on Tuesday after a pause of three months. Negotiators returning to the Iran "
            "nuclear talks in Vienna are under pressure to finish quickly.")
    assert _rounds(text, lexicon) == [(dt.date(2023, 5, 9), "Vienna")]


def test_the_town_in_another_paragraph_under_the_process_of_the_article(lexicon) -> None:
    text = ("The latest round of the Astana format talks on Syria ended on Wednesday without a joint statement.\n\n"
            "Diplomats who attended the negotiations in Almaty said the mood was tense.")
    assert _rounds(text, lexicon) == [(dt.date(2023, 5, 10), "Almaty")]


def test_two_towns_give_no_venue(lexicon) -> None:
    """A guard: the article gives the process's talks two towns, so none is the venue."""
    text = "The Iran nuclear talks resumed on Tuesday. Earlier rounds of the Iran nuclear talks were held in Vienna and in Doha."
    assert _rounds(text, lexicon) == [(dt.date(2023, 5, 9), None)]


def test_a_planned_session_takes_no_town_from_another_sentence(lexicon) -> None:
    """A guard: where the last round was held does not say where the next one will be."""
    text = ("The next round of the Iran nuclear talks will be held on June 2. "
            "The last round of the Iran nuclear talks took place in Vienna.")
    assert (dt.date(2023, 6, 2), None) in _rounds(text, lexicon)
