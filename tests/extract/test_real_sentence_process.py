"""The process a sentence implies (round 51): an event whose sentence names no process but implies one by the gazetteer's
cues takes that one over the article's dominant process ("discussed a peace treaty" between Armenia and Azerbaijan in a
Minsk Group story); "quadripartite" is a cue of the Türkiye-Syria normalization; texts of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon, headline: str) -> list[tuple[str, str | None]]:
    extraction = extract_own(text, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_a_sentence_that_implies_another_process_takes_it(lexicon) -> None:
    text = ("The OSCE Minsk Group co-chairs will visit the region next week.\n\n"
            "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov discussed a "
            "peace treaty during a phone call on Wednesday.")
    assert ("call", "Armenia-Azerbaijan peace process") in _processes(text, lexicon, "OSCE Minsk Group")


def test_a_sentence_that_implies_nothing_keeps_the_dominant_process(lexicon) -> None:
    """A guard: without cues of its own the event keeps the article's process."""
    text = ("The OSCE Minsk Group co-chairs will visit the region next week.\n\n"
            "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov spoke by phone "
            "on Wednesday.")
    assert ("call", "OSCE Minsk Group") in _processes(text, lexicon, "OSCE Minsk Group")


def test_a_quadripartite_format_is_the_normalization(lexicon) -> None:
    text = ("A meeting of the foreign ministers of Russia, Turkey, Syria and Iran in a quadripartite format is being "
            "prepared, a Russian diplomat said on Sunday. The defense ministers of Russia, Turkey and Syria met in Moscow "
            "on Tuesday.")
    assert ("meeting", "Türkiye-Syria normalization") in _processes(text, lexicon, "Diplomacy")
