"""Round 1078 (helper pr22): a story that names no process and tells a US president's diplomacy with Kim Jong Un
("Trump is open to meeting Kim", "Biden ... Kim") is the North Korea-US denuclearization talks, not the inter-Korean
talks whose cue (both Koreas and talks) it fits as well: a cue line listed before the inter-Korean one
(gazetteer.PROCESS_CUES). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon) -> set[str | None]:
    extraction = extract_own(text, lexicon, headline="Korea")
    return {extraction.process_name(c.process) for c in extraction.events}


def test_a_trump_kim_story_is_the_north_korea_us_talks(lexicon: Lexicon) -> None:
    text = ("Seoul's foreign minister said on Thursday that Trump is ready to meet Kim without preconditions. "
            "North Korea has rejected talks with South Korea and the United States since 2019.")
    assert _processes(text, lexicon) == {"North Korea-US denuclearization talks"}


def test_an_inter_korean_story_keeps_its_process(lexicon: Lexicon) -> None:
    """A guard: the two Koreas' talks, with the US named but no US president's diplomacy with Kim."""
    text = ("South Korea proposed on Monday military talks with North Korea at Panmunjom, the unification ministry said. "
            "The United States welcomed the offer.")
    assert "North Korea-US denuclearization talks" not in _processes(text, lexicon)
