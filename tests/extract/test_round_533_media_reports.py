"""Round 533 (docs/extraction.md, "Rounds on the real corpus"): "According to media reports, <leader> expressed
'satisfaction with the outcome', while <leader> stated that he was 'pleased' with the talks" after the meeting the two
held was folded into that meeting as its readout (what a readout says a participant expressed belongs to the
gathering). Words the media relay are said in public, no record of the gathering: each speaker's statement stays.
Sentences of our own."""
from __future__ import annotations

from tests.extract.own_text import typed_actors

_MEETING = ("Norwegian Foreign Minister Espen Barth Eide met Swedish Foreign Minister Tobias Billstrom in Oslo on "
            "Thursday to discuss the fishing dispute.")


def test_words_relayed_by_media_reports_are_statements(lexicon) -> None:
    body = (_MEETING + "\n\nAccording to media reports, Eide expressed \"deep satisfaction with the outcome of the day,\" "
            "while Billstrom similarly stated that he was \"pleased\" with the talks.")
    speakers = [actors for kind, actors in typed_actors(body, lexicon) if kind == "statement"]
    assert any("Espen Barth Eide" in a for a in speakers) and any("Tobias Billstrom" in a for a in speakers)


def test_a_readout_still_folds_into_its_meeting(lexicon) -> None:
    """A guard: "Eide expressed gratitude …" with no one relaying it is the meeting's readout."""
    body = _MEETING + "\n\nEide expressed gratitude for the warm hospitality of his hosts."
    assert [kind for kind, _ in typed_actors(body, lexicon)] == ["meeting"]
