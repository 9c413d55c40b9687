"""The process of an article that names none (round 62): an event whose parties are exactly the two of one two-party
process of the gazetteer takes it ("Moon Jae-in and Kim Jong Un held a summit" is the inter-Korean talks); the parties of
"the warring parties" from the whole article count only when named as parties twice (a venue or the speaker of the
attribution is none). Sentences of our own."""
from __future__ import annotations

import datetime as dt

from tests.extract.own_text import extract_own


def _events(body: str, lexicon) -> list[tuple]:
    extraction = extract_own(body, lexicon)
    return [(c.event_type, c.first, extraction.process_name(c.process), sorted(extraction.roster.name(k) for k in c.actors))
            for c in extraction.events]


def test_the_two_koreas_meeting_are_the_inter_korean_talks(lexicon) -> None:
    text = "South Korean and North Korean military officers met at the border on Wednesday to discuss the hotline."
    assert _events(text, lexicon) == [("talk_round", dt.date(2023, 5, 10), "Inter-Korean talks", ["North Korea", "South Korea"])]


def test_armenia_and_azerbaijan_signing_is_their_peace_process(lexicon) -> None:
    text = "Armenian and Azerbaijani officials signed a protocol on border markers in Tbilisi on Wednesday."
    assert _events(text, lexicon)[0][2] == "Armenia-Azerbaijan peace process"


def test_a_third_party_keeps_the_event_out_of_the_pair(lexicon) -> None:
    """A guard: three parties are no two-party process."""
    text = "Chinese, South Korean and North Korean officials met in Beijing on Wednesday."
    assert _events(text, lexicon)[0][2] is None


def test_a_venue_and_the_attribution_are_not_the_warring_parties(lexicon) -> None:
    """A guard: the whole-article fallback of round 59 counts parties named as parties, twice."""
    text = "Libya's warring sides signed a ceasefire in Geneva on Friday, the United Nations said."
    assert _events(text, lexicon) == [("agreement", dt.date(2023, 5, 12), None, [])]
