"""An embassy that speaks (round 105): "Norway's embassy in Mexico said Monday", "the U.S. Embassy in Beirut said", "the
Embassy of Qatar said" are the embassy and its state speaking; an embassy that is a place ("dedicated the Israeli
Embassy") is no actor. Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _speakers(body: str, lexicon) -> list[list[str]]:
    extraction = extract_own(body, lexicon)
    return [sorted(extraction.roster.name(k) for k in c.actors) for c in extraction.events
            if c.event_type in ("statement", "announcement", "proposal")]


def test_a_state_s_embassy_speaks(lexicon) -> None:
    body = "Talks will resume in Barbados next week, Norway's embassy in Mexico said Monday in a brief statement."
    assert _speakers(body, lexicon) == [["Embassy of Norway in Mexico", "Norway"]]


def test_an_embassy_named_by_adjective_or_of(lexicon) -> None:
    assert _speakers("The U.S. Embassy in Beirut said on Tuesday that the committee had met.", lexicon) \
        == [["Embassy of United States in Beirut", "United States"]]
    assert _speakers("The Embassy of Qatar said in a statement on Tuesday that the talks would continue.", lexicon) \
        == [["Embassy of Qatar", "Qatar"]]


def test_an_embassy_that_is_a_place(lexicon) -> None:
    extraction = extract_own("The minister dedicated the Israeli Embassy in Abu Dhabi on Tuesday.", lexicon)
    assert all("Embassy" not in extraction.roster.name(k) for c in extraction.events for k in c.actors)
