"""Round 431 (docs/extraction.md, "Processes"): a story that names no process gets one from its cues, and the cue of
"Doha" with the Taliban gave the US-Taliban Doha talks even where the story tells the UN's Doha meetings of special
envoys: the story's reading of a shared name (`gazetteer.AMBIGUOUS`, round 231) was applied to the names the lexicon
scans, not to a cued process. It now applies to both, and the UN meetings' context reads their usual wordings
("UN-sponsored", "special representatives", "hosted by the United Nations"). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon) -> set:
    extraction = extract_own(body, lexicon, headline="Afghanistan envoys gather")
    return {extraction.process_name(c.process) for c in extraction.events}


def test_the_un_meetings_told_without_their_name(lexicon) -> None:
    body = ("Representatives of the Taliban and UN officials opened talks in Doha on Sunday. The two-day UN-sponsored "
            "gathering brings together special representatives of some twenty countries.")
    assert _processes(body, lexicon) == {"UN Doha process on Afghanistan"}


def test_hosted_by_the_united_nations(lexicon) -> None:
    body = ("A Taliban delegation will travel to Doha for a meeting hosted by the United Nations on June 30, "
            "the group's spokesman said on Thursday.")
    assert "UN Doha process on Afghanistan" in _processes(body, lexicon)


def test_the_us_taliban_talks_stay_the_doha_talks(lexicon) -> None:
    """A guard: the US envoy's talks with the Taliban in Doha keep the Doha talks."""
    body = ("US envoy Zalmay Khalilzad and Taliban negotiators held talks in Doha on Sunday, Khalilzad said on "
            "Monday, and UN officials welcomed the US-Taliban contacts.")
    assert _processes(body, lexicon) == {"Doha talks"}
