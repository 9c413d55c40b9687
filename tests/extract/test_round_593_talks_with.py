"""Round 593 (docs/extraction.md, "Rounds on the real corpus"): words of one side about "resuming talks with North
Korea" in an inter-Korean story took the story's process, though the talks they name are the speaker's own with the
other side: the state named after "talks / negotiations / dialogue with" now counts with the speaker's state among the
parties that choose the process of speech (`partyprocess.talks_partner`). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own

STORY = ("South Korea's unification minister said on Thursday that the two Koreas should hold high-level talks soon.\n\n"
         "Denuclearization talks between Pyongyang and Washington have stalled since February.\n\n")


def _processes(body: str, lexicon) -> list[tuple[str, str | None]]:
    extraction = extract_own(body, lexicon, headline="Seoul minister urges inter-Korean talks")
    return [(c.event_type, extraction.process_name(c.process)) for c in extraction.events]


def test_talks_with_the_north_said_by_washington_are_theirs(lexicon) -> None:
    events = _processes(STORY + "The U.S. State Department said on Thursday it looks forward to resuming talks with North "
                        "Korea.", lexicon)
    assert events[-1] == ("statement", "North Korea-US denuclearization talks")


def test_guard_words_that_name_no_other_side_keep_the_story_s_process(lexicon) -> None:
    """The guard: the same words with no "talks with" keep the story's process."""
    events = _processes(STORY + "The U.S. State Department said on Thursday it supports the inter-Korean dialogue.", lexicon)
    assert events[-1] == ("statement", "Inter-Korean talks")
