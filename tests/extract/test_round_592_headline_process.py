"""Round 592 (docs/extraction.md, "Rounds on the real corpus"): a story about a process its text never names, which
names another only in passing, took the one named for every event that names none (a prisoner swap told with "the
Istanbul talks stalled in 2022" in the background: the swap's spokesman's words became the talks'). The process the
headline and the lead imply (`gazetteer.PROCESS_CUES`) is now the story's when they name no process themselves and the
one named is named at most twice, in the body only. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

SWAP = ("Russia and Ukraine swapped 95 prisoners of war each on Thursday in an exchange mediated by the United Arab "
        "Emirates.\n\nThe exchange was the largest since the Istanbul talks stalled in 2022.\n\nUkrainian President "
        "Volodymyr Zelensky said on Thursday that Kyiv would seek the release of all its soldiers.")


def _processes(body: str, headline: str, lexicon) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon, headline=headline)
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_the_headline_implies_the_swap_not_the_talks_named_in_passing(lexicon) -> None:
    events = _processes(SWAP, "Russia, Ukraine swap 95 POWs each in UAE-brokered exchange", lexicon)
    assert ("statement", "Russia-Ukraine prisoner exchanges") in events
    assert all(process == "Russia-Ukraine prisoner exchanges" for _, process in events)


def test_guard_a_process_the_headline_names_stays_the_story_s(lexicon) -> None:
    """The guard: when the headline names the talks, the story is theirs and the words take them."""
    events = _processes(SWAP, "Istanbul talks stalled as Russia, Ukraine swap 95 POWs", lexicon)
    assert ("statement", "Russia-Ukraine talks") in events
