"""Round 19, on sentences of our own: "the latest round" is the numbered round the article reports, words said at
its end take its last day, and the states that plan an event inside a quote are its participants."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon

TODAY = dt.date(2023, 9, 1)


def _events(text: str, lexicon: Lexicon, learned: bool = True):
    extraction = extract_article(parse_text(text, "own"), lexicon, today=TODAY, learned=learned)
    return extraction, [(c.event_type, c.first, c.last, c.round_number, sorted(extraction.roster.name(k) for k in c.actors))
                        for c in extraction.events]


def test_the_latest_round_started_weeks_before_is_the_numbered_round(lexicon) -> None:
    text = ("published: 2023-06-24\n\nTalks end\n\nVIENNA, June 23 - The seventh round of the Iran nuclear talks "
            "concluded here on Friday.\n\nThe latest round, started on June 5, brought together the representatives of "
            "Norway, Chile and Peru.\n\nChilean envoy Ana Torrealba told reporters the talks were useful.")
    _, events = _events(text, lexicon)
    rounds = [e for e in events if e[0] == "talk_round"]
    assert len(rounds) == 1 and rounds[0][1:4] == (dt.date(2023, 6, 5), dt.date(2023, 6, 23), 7)
    assert {"Norway", "Chile", "Peru"} <= set(rounds[0][4])
    assert [e[1] for e in events if e[0] == "statement"] == [dt.date(2023, 6, 23)]


def test_the_states_that_plan_an_event_in_a_quote_take_part_in_it(lexicon) -> None:
    text = ("published: 2023-08-22\n\nTalks\n\n\"The mediators - Norway, Chile and Peru - plan to hold a technical "
            "meeting at expert level before the end of August,\" envoy Ana Torrealba told reporters in Oslo on Tuesday.")
    _, events = _events(text, lexicon, learned=False)
    meetings = [e for e in events if e[0] == "meeting"]
    assert meetings and {"Norway", "Chile", "Peru"} <= set(meetings[0][4])
