"""Round 538 (docs/extraction.md, "Rounds on the real corpus"): "The Ministry of External Affairs (MEA) on Wednesday
said, '…'" with no state next to it gave no speaker, so the words were lost and the quote's gathering stood for them.
India's foreign ministry is named so by itself in news English (round 138 read it after an Indian adjective only).
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors


def test_the_ministry_of_external_affairs_speaks_for_india(lexicon) -> None:
    body = 'The Ministry of External Affairs (MEA) on Wednesday said, "The two sides held a useful exchange of views today."'
    assert ("statement", ["India", "Ministry of Foreign Affairs of India"]) in typed_actors(body, lexicon)


def test_a_ministry_of_foreign_affairs_alone_names_no_state(lexicon) -> None:
    """A guard: "the Ministry of Foreign Affairs" with no state is still nobody's."""
    body = 'The Ministry of Foreign Affairs on Wednesday said, "The two sides held a useful exchange of views today."'
    assert all("India" not in actors for _, actors in typed_actors(body, lexicon))
