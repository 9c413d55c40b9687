"""A gathering's length told by an "N-day" adjective in another sentence about it (round 393). "The informal meeting on
the border begins on Tuesday in Arica. The three-day meeting starts at noon on Tuesday with a lunch …" gave Tuesday alone: the second mention ran
three days, but the first, dated by its first day alone, absorbed it and kept its single day. And "… began in Arica on
Tuesday. The two-day meeting is the third round …" read no length (only "The talks lasted three days" was). Both now
run N days from the first day. Sentences of our own, published Friday 12 May 2023."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _spans(body: str, lexicon) -> list[tuple]:
    return [(c.event_type, c.first, c.last) for c in extract_own(body, lexicon).events if c.first is not None]


def test_length_of_the_mention_absorbed(lexicon) -> None:
    body = ("The informal meeting on the border dispute begins on Tuesday in Arica. "
            "The three-day meeting starts at noon on Tuesday with a lunch hosted by the Chilean foreign minister.")
    extraction = extract_own(body, lexicon, published="2023-05-09")
    assert [(c.first, c.last) for c in extraction.events] == [(dt.date(2023, 5, 9), dt.date(2023, 5, 11))]


def test_n_day_subject_of_the_next_sentence(lexicon) -> None:
    body = ("Talks between Chilean and Peruvian negotiators began in Arica on Tuesday, a spokesman said. "
            "The two-day closed meeting is the first held on the border.")
    assert _spans(body, lexicon)[0] == ("meeting", dt.date(2023, 5, 9), dt.date(2023, 5, 10))


def test_hours_stay_one_day(lexicon) -> None:
    """A guard: a meeting of some hours told again stays one day."""
    body = ("The informal meeting on the border dispute begins on Tuesday in Arica. "
            "The meeting starts at noon on Tuesday with a lunch hosted by the Chilean foreign minister and lasts four hours.")
    extraction = extract_own(body, lexicon, published="2023-05-09")
    assert [(c.first, c.last) for c in extraction.events] == [(dt.date(2023, 5, 9), dt.date(2023, 5, 9))]
