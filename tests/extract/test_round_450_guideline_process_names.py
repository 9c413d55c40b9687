"""Round 450: the processes the guideline took in with articles 400-438 go by the guideline's own names (one name per
process across the corpus): the Ethiopia-Eritrea peace process and the Colombia-FARC peace process (the gazetteer had
them as "... peace agreement" and "Colombia government-FARC ..."), and the Cuba-US normalization talks, a two-party
standing negotiation the gazetteer lacked. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_the_guideline_names_of_two_known_processes(lexicon) -> None:
    body = ("Officials of both countries met in Asmara on Monday to review the Ethiopia-Eritrea peace deal, "
            "the foreign ministry said.")
    assert "Ethiopia-Eritrea peace process" in _processes(body, lexicon)
    body = ("Former rebels and government envoys met in Bogota on Thursday to review the FARC peace agreement, "
            "a spokesman said.")
    assert "Colombia-FARC peace process" in _processes(body, lexicon)


def test_cuba_us_talks_on_ties_are_the_normalization_talks(lexicon) -> None:
    body = ("Cuban and U.S. delegations opened a third round of talks in Havana on Monday on restoring diplomatic "
            "relations and reopening embassies.")
    extraction = extract_own(body, lexicon, headline="Cuba and US resume talks")
    events = [c for c in extraction.events if c.event_type == "talk_round"]
    assert events and extraction.process_name(events[0].process) == "Cuba-US normalization talks"


def test_guard_a_cuban_minister_elsewhere_is_no_part_of_it(lexicon) -> None:
    """A guard: a Cuban minister's visit to Mexico that names no US tie keeps no Cuba-US process."""
    body = "The Cuban foreign minister met his Mexican counterpart in Mexico City on Tuesday to discuss trade."
    assert "Cuba-US normalization talks" not in _processes(body, lexicon, headline="Cuba and Mexico talk trade")
