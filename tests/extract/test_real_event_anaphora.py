"""One event told over two sentences (round 55): a later sentence that goes on about "the meeting" or "the talks" as its
subject gives the event told just before its finer venue, its date when it had none, and the participants of a document
adopted "at the end of the meeting"; sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.first, c.venue[0] if c.venue else None, sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


def test_the_talks_in_a_town_give_the_host_country_meeting_its_town(lexicon) -> None:
    text = "Oman hosted a meeting between Chilean and Peruvian envoys on Tuesday. The talks in Muscat ended without a deal."
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 9), "Muscat", ["Chile", "Oman", "Peru"])]


def test_a_dated_sentence_about_the_meeting_dates_the_meeting_told_without_a_day(lexicon) -> None:
    text = ("The foreign ministers of Chile and Peru met in Arica to discuss the maritime border. "
            "The meeting on Wednesday lasted five hours.")
    assert _events(text, lexicon) == [("meeting", dt.date(2023, 5, 10), "Arica", ["Chile", "Peru"])]


def test_the_delegations_adopting_a_statement_at_the_end_of_the_meeting_took_part_in_it(lexicon) -> None:
    text = ("Talks on the maritime border were held in Arica on May 9-10. The delegations of Chile and Peru issued a joint "
            "statement at the end of the meeting.")
    events = _events(text, lexicon)
    assert events[0] == ("meeting", dt.date(2023, 5, 9), "Arica", ["Chile", "Peru"])
    assert events[1][:2] == ("agreement", dt.date(2023, 5, 10))


def test_the_next_meeting_is_another_event(lexicon) -> None:
    """A guard: "The next meeting" names another event than the one just told, so it is not folded into it."""
    text = ("The foreign ministers of Chile and Peru met in Arica on Tuesday. "
            "The next meeting will take place in Lima on June 20.")
    events = _events(text, lexicon)
    assert [(t, d, v) for t, d, v, _ in events] == [("meeting", dt.date(2023, 5, 9), "Arica"),
                                                    ("meeting", dt.date(2023, 6, 20), "Lima")]
