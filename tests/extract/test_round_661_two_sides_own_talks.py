"""Round 661 (docs/extraction.md, "Rounds on the real corpus"): two states the headline or lead names as the two sides
of talks ("X and Y held talks", "negotiations between X and Y", "X and Y delegations will hold talks") hold talks of
their own when the story's process, taken from a cue ("Doha" with "Afghan": the US-Taliban Doha talks) or named at most
twice, does not know both: the one known process of those two, or a new candidate "<X>-<Y> talks" (the issue: an
unknown process becomes a new candidate named from the text, not a wrong known one). A sentence whose cue fits another
process keeps the story's when the story's knows a party of it the other does not. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set[str | None]:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body", [
    "Pakistan and Afghanistan held a second round of talks in Istanbul on Thursday, a week after Afghan and Pakistani "
    "ministers met in Doha.",
    "The second round of negotiations between Pakistan and Afghanistan opened in Istanbul on Thursday. The first, held in "
    "Doha with Afghan and Pakistani ministers, ended with a truce.",
    "Pakistani and Afghan delegations will resume their talks in Istanbul on Saturday, after a first round in Doha that "
    "Afghan officials called useful.",
    "Amid tensions between Pakistan and Afghanistan, delegations of the two countries held negotiations in Istanbul on "
    "Thursday. A first round was held in Doha with Pakistani and Afghan ministers.",
])
def test_two_states_holding_talks_are_not_the_doha_talks(body: str, lexicon) -> None:
    assert _processes(body, lexicon) == {"Pakistan-Afghanistan talks"}


def test_a_pair_the_gazetteer_lacks_is_named_from_the_text(lexicon) -> None:
    """Another pair, another known process's cue ("Geneva" with "Syria"): the new candidate, the US named last."""
    body = ("The United States and Türkiye held talks in Geneva on Monday on the Syria border, their officials said; "
            "the negotiations will resume next month.")
    assert _processes(body, lexicon) == {"Türkiye-US talks"}


def test_a_story_with_no_process_keeps_none(lexicon) -> None:
    """A guard: two states' talks in a story that names and implies no process stay a meeting of no process."""
    extraction = extract_own("Kenya and Somalia held talks on their maritime border in Nairobi on Monday.", lexicon)
    assert [(c.event_type, extraction.process_name(c.process)) for c in extraction.events] == [("meeting", None)]


@pytest.mark.parametrize("body, process", [
    ("Iran and the United States held a fourth round of talks in Muscat on Saturday, mediated by Oman.", "Iran nuclear talks"),
    ("Russia and Ukraine held talks in Istanbul on Friday, the first in three years.", "Russia-Ukraine talks"),
    ("The Afghan government and the Taliban held talks in Doha on Saturday.", "Doha talks"),
])
def test_guard_a_process_that_knows_both_sides_stays(body: str, process: str, lexicon) -> None:
    assert _processes(body, lexicon) == {process}
