"""The Geneva International Discussions by the names wire copy gives them (round 119): "the sixth round of the Geneva
discussions" on the South Caucasus, under a headline "… Geneva talks on Caucasus" (258), was the Syrian Geneva process
(its alias "Geneva talks"), the gazetteer knowing the discussions only as "GID". "Geneva discussions", "the Geneva
discussion on security and stability in the Caucasus", "Geneva talks on (the) Caucasus" are now theirs. Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_the_geneva_discussions_on_the_caucasus(lexicon) -> None:
    body = "The fifth round of the Geneva discussions ended on Tuesday with no progress on the return of displaced people."
    assert _processes(body, lexicon, headline="Geneva talks on Caucasus end without progress") == ["Geneva International Discussions"]


def test_the_syrian_geneva_talks_stay_the_geneva_process(lexicon) -> None:
    """A guard."""
    body = "The fifth round of the Geneva talks on Syria ended on Tuesday with no progress on a new constitution."
    assert _processes(body, lexicon) == ["Geneva process"]
