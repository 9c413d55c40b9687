"""The official named in a closing attribution speaks with the state (round 362): "Chile welcomes the accord, Foreign
Minister Ana Soto said in a statement, adding …" gave Chile alone, since the verb read first ("welcomes") has the state
as its subject. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _speech(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events
            if c.event_type in ("statement", "announcement", "proposal")]


def test_the_minister_in_the_attribution_speaks(lexicon) -> None:
    body = ("Chile \"warmly welcomes\" the border accord, Chilean Foreign Minister Ana Soto said in a statement on "
            "Tuesday, offering support for further talks.")
    assert ["Ana Soto", "Chile"] in _speech(body, lexicon)


def test_guard_two_officials_in_the_attribution_add_nobody(lexicon) -> None:
    body = ("Chile \"warmly welcomes\" the border accord, Foreign Minister Ana Soto and Defence Minister Luis Vera said "
            "in a statement on Tuesday.")
    assert all("Ana Soto" not in a or "Luis Vera" in a for a in _speech(body, lexicon))
