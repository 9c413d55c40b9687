"""Rounds kept apart and verbs that report no talks (round 43): "a new round is set to take place on March 23" is not
the round that "ended on Friday", "is set to take place" is one planned event, and "to end the crisis" ends no talks;
texts of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _rounds(text: str, lexicon: Lexicon, published: str = "2023-03-10"):
    extraction = extract_own(text, lexicon, published=published, headline="Talks on the border")
    return [(c.first, c.last, c.round_number) for c in extraction.events if c.event_type in ("talk_round", "meeting")]


def test_a_new_round_is_not_the_round_that_just_ended(lexicon) -> None:
    text = ("The third round of the Chile-Peru border talks ended on Friday without a deal.\n\n"
            "The mediator told reporters that a new round of the Chile-Peru border talks is set to take place on March 23.")
    assert sorted(_rounds(text, lexicon), key=lambda r: r[0]) == [
        (dt.date(2023, 3, 10), dt.date(2023, 3, 10), 3), (dt.date(2023, 3, 23), dt.date(2023, 3, 23), None)]


def test_is_set_to_take_place_is_one_planned_event(lexicon) -> None:
    assert _rounds("A new round of the Chile-Peru border talks is set to take place on March 23.", lexicon) == \
        [(dt.date(2023, 3, 23), dt.date(2023, 3, 23), None)]


def test_to_end_the_crisis_ends_no_talks(lexicon) -> None:
    text = ("The council looked forward to the early resumption of the negotiations in order to end the crisis, which "
            "enters its third year this month.")
    assert _rounds(text, lexicon) == []
