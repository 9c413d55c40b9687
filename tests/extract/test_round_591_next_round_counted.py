"""Round 591 (docs/extraction.md, "Rounds on the real corpus"): "the previous round" was left without a number in a
story that numbers its own round. Counted back from the one round of the process the article numbers and tells first:
before a third, the previous is the second. "The next round" stays unnumbered (the synthetic labels leave it so), and a
round numbered only later in the text, as background, starts no count. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _numbers(body: str, lexicon) -> list[tuple[str, int | None]]:
    return [(str(c.first), c.round_number) for c in extract_own(body, lexicon, headline="Venezuela talks").events
            if c.event_type == "talk_round"]


def test_the_previous_round_before_the_third_is_the_second(lexicon) -> None:
    body = ("Delegates of Venezuela's government and opposition held the third round of talks in Oslo on Wednesday, "
            "mediated by Norway.\n\nThe previous round of talks took place in Barbados on April 2-4.")
    assert _numbers(body, lexicon) == [("2023-05-10", 3), ("2023-04-02", 2)]


def test_guard_the_next_round_stays_unnumbered(lexicon) -> None:
    """A guard: "the next round" after a first round held is left without a number, as the labels leave it."""
    body = ("Delegates of Venezuela's government and opposition held the first round of talks in Oslo on Wednesday, "
            "mediated by Norway.\n\nThey will hold the next round of talks in Barbados in June.")
    assert sorted((n or 0) for _, n in _numbers(body, lexicon)) == [0, 1]


def test_guard_a_round_numbered_after_as_background_starts_no_count(lexicon) -> None:
    """The guard: a previous round told first, the story's numbered round only after it: no count."""
    body = ("The previous round of talks between Venezuela's government and opposition took place in Barbados on April "
            "2-4.\n\nThe fourth round of talks took place in Oslo on May 10, mediated by Norway.")
    assert sorted((n or 0) for _, n in _numbers(body, lexicon)) == [0, 4]
