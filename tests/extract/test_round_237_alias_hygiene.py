"""Round 237: wordings that other processes share are dropped or read by the story (a "ceasefire monitoring committee"
is not only Lebanon's, "the phase one deal" not only the China-US trade deal; "the Istanbul talks" and "the Geneva
talks" on Iran's programme, the Quad on Sudan, the Washington agreement of Serbia and Kosovo). Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> list:
    extraction = extract_own(body, lexicon, headline=headline)
    return [extraction.process_name(c.process) for c in extraction.events]


def test_shared_wordings_are_not_claimed(lexicon) -> None:
    body = "The ceasefire monitoring committee for Myanmar's Rakhine State met in Sittwe on Monday."
    assert "Israel-Lebanon ceasefire mechanism" not in _processes(body, lexicon)
    body = "Hamas delegates met Egyptian mediators in Cairo on Monday to discuss the phase one deal and hostage releases in Gaza."
    assert "China-US economic and trade consultations" not in _processes(body, lexicon)


def test_names_read_by_the_story(lexicon) -> None:
    body = "Iranian and European diplomats met on Friday for the Istanbul talks on Iran's nuclear programme and sanctions."
    assert _processes(body, lexicon) == ["Iran nuclear talks"]
    body = "Araghchi met his British, French and German counterparts on Friday for the Geneva talks on Iran's enrichment."
    assert _processes(body, lexicon) == ["Iran nuclear talks"]
    body = "Envoys of the Quad on Sudan's war met in Washington on Tuesday, with the RSF and the army invited to a truce."
    assert _processes(body, lexicon) == ["Quad for Sudan"]


def test_the_syrian_geneva_talks_stay(lexicon) -> None:
    """A guard."""
    body = "Syrian government and opposition delegations resumed the Geneva talks on Tuesday under UN auspices."
    assert _processes(body, lexicon) == ["Geneva process"]
