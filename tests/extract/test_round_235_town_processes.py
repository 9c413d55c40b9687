"""Round 235: an unknown process named after a town ("the Aqaba format", "the Tashkent process") becomes a candidate
process of that name, as the guideline names the Luanda, Nairobi and Ankara processes. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_a_towns_format_is_a_new_process(lexicon) -> None:
    body = "Envoys of the two governments met in Aqaba on Monday for the third session of the Aqaba format on Syria."
    assert _processes(body, lexicon) == ["Aqaba format"]
    body = "The Tashkent process on Afghanistan held its second meeting in Tashkent on Monday."
    assert _processes(body, lexicon) == ["Tashkent process"]


def test_a_process_named_by_no_town_stays_unnamed(lexicon) -> None:
    """A guard: "the Reform process" names no town."""
    body = "Officials of the two governments met in Aqaba on Monday to discuss the Reform process."
    assert _processes(body, lexicon) == [None]
