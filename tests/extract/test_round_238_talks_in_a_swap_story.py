"""Round 238: talks held in a story about the same parties' prisoner exchange are their talks, not the exchange (the
one standing process of exactly those parties). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_talks_in_a_prisoner_swap_story(lexicon) -> None:
    body = ("Russia and Ukraine carried out a new prisoner exchange on Friday, returning 300 captives each, in the Russia-Ukraine "
            "prisoner exchange agreed last month. At talks in Geneva on Tuesday, Russia and Ukraine had discussed a ceasefire.")
    found = _processes(body, lexicon, headline="Russia and Ukraine swap 300 prisoners each")
    assert ("meeting", "Russia-Ukraine talks") in found or ("talk_round", "Russia-Ukraine talks") in found


def test_a_two_party_process_keeps_its_meetings(lexicon) -> None:
    """A guard: a meeting in a story on the special representatives' talks stays theirs."""
    body = ("India and China held the India-China Special Representatives talks in New Delhi on Tuesday. "
            "The two sides met again in Beijing on Thursday to discuss the border.")
    assert {p for _, p in _processes(body, lexicon)} == {"India-China Special Representatives talks"}
