"""Round 23, on sentences of our own: an event between the two parties of another two-party process takes that one."""
from __future__ import annotations

import datetime as dt

from tracker.extract.article import parse_text
from tracker.extract.assemble import extract_article
from tracker.extract.lexicon import Lexicon


def test_a_summit_of_the_other_pair_in_a_two_party_story_takes_their_process() -> None:
    text = ("published: 2023-05-12\n\nInter-Korean talks stall\n\nSouth Korea proposed inter-Korean talks with North "
            "Korea on Thursday. Relations have not progressed since the summit between North Korean leader Kim "
            "Jong Un and U.S. President Donald Trump in February.")
    extraction = extract_article(parse_text(text, "own"), Lexicon(), today=dt.date(2023, 6, 1))
    summits = [c for c in extraction.events if c.event_type == "summit"]
    assert summits and extraction.process_name(summits[0].process) == "North Korea-US denuclearization talks"
    proposals = [c for c in extraction.events if c.event_type == "proposal"]
    assert proposals and extraction.process_name(proposals[0].process) == "Inter-Korean talks"


def test_a_meeting_of_the_two_parties_in_a_broader_format_keeps_it() -> None:
    text = ("published: 2014-01-09\n\nMinsk Group\n\nThe OSCE Minsk Group co-chairs said on Thursday that the foreign "
            "ministers of Armenia and Azerbaijan will meet in Paris on January 20.")
    extraction = extract_article(parse_text(text, "own"), Lexicon(), today=dt.date(2014, 6, 1))
    meetings = [c for c in extraction.events if c.event_type in ("meeting", "talk_round")]
    assert meetings and extraction.process_name(meetings[0].process) == "OSCE Minsk Group"
