"""Round 1231: photo captions in the shapes the bracketed credit missed are no events (docs/extraction.md): a sentence
that says where each person stands in the photo ("X (2nd R) greets Y", "(third from left)", ", from right,", "Left to
right:"), an AP file photo ("FILE - ..."), and a short paragraph closed by a credit alone ("Photo: the presidency",
"Photograph: Jane Roe / AFP", "Credit: Ministry of X", "(AP Photo, File)").

Guards: a senator's party letter in prose with a reporting verb ("Senator X (R) said ..."), "the Left party", a word
"photo" inside a sentence, and a credit line at the end of a long paragraph of prose leave the sentences events. Sentences
of our own, read through the rule's own function (`chrome._captions`) and once through the rule stage.
"""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.chrome import _captions
from tracker.extract.units import segment


def _caption_texts(paragraphs: list[str]) -> list[str]:
    units, _ = segment(paragraphs)
    return [units[i].text for i in sorted(_captions(units))]


@pytest.mark.parametrize("caption", [
    "Peruvian Foreign Minister Luis Vera (2nd R) greets his Chilean counterpart Ana Ruiz at the border post in Tacna.",
    "Luis Vera (third from left) and Ana Ruiz pose with the negotiating teams at the Tacna customs house.",
    "At the opening of the border crossing on March 4, from right, Luis Vera, Ana Ruiz and the mayor of Tacna.",
    "Left to right: Luis Vera, Ana Ruiz and the OAS envoy at the Tacna customs house on Tuesday.",
    "FILE - Peruvian and Chilean border guards stand at a checkpoint near Tacna, Peru, on Jan. 9, 2021.",
])
def test_a_caption_in_a_new_shape_is_a_caption(caption: str) -> None:
    assert _caption_texts([caption, "The ministers met in Tacna on Monday to sign a border accord."]) == [caption]


@pytest.mark.parametrize("credit", ["Photo: Peruvian presidency", "Photograph: Jane Roe / Andes via Getty Images",
                                    "Credit: Ministry of Foreign Affairs, Peru", "(AP Photo/Jane Roe, File)", "(Andes Photo)"])
def test_a_short_paragraph_closed_by_a_credit_alone_is_a_caption(credit: str) -> None:
    caption = "Luis Vera met Ana Ruiz at the customs house in Tacna."
    captions = _caption_texts([f"{caption} {credit}", "The ministers met again in Arica on Tuesday to sign a border accord."])
    assert caption in captions and not any("Arica" in text for text in captions)


@pytest.mark.parametrize("sentence", [
    "Senator Jane Roe (R) said the border accord between Peru and Chile should be ratified this year.",
    "The Left party in Peru said it would back the border accord with Chile.",
    "Peru's foreign ministry released a photo of the ministers signing the border accord in Tacna on Monday.",
])
def test_prose_is_no_caption(sentence: str) -> None:
    assert _caption_texts([sentence]) == []


def test_a_credit_after_a_long_paragraph_leaves_its_prose() -> None:
    prose = ["Luis Vera met Ana Ruiz in Tacna on Monday.", "They signed a border accord.", "Both praised the mediators.",
             "Photo: Peruvian presidency"]
    assert _caption_texts([" ".join(prose)]) == ["Photo: Peruvian presidency"]


def test_a_caption_gives_no_event_in_the_rule_stage(lexicon) -> None:
    body = ("Peruvian Foreign Minister Luis Vera (2nd R) shakes hands with Chilean Foreign Minister Ana Ruiz in Tacna.\n\n"
            "Peru and Chile ended a border dispute on Wednesday.")
    extraction = extract_own(body, lexicon, learned=False)
    assert not any("Tacna" in " ".join(c.evidence) for c in extraction.events)
