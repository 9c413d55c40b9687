"""Round 663 (docs/extraction.md, "Rounds on the real corpus"): the process a headline and lead imply by their cues
(round 592) no longer replaces the one the body names when the named one knows a state the lead names that the implied
one does not: Saudi envoys in Sanaa with Houthi officials, in a story that names the Saudi-Houthi talks, are not the UN's
Yemen peace process. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


@pytest.mark.parametrize("body", [
    "Saudi and Omani envoys landed in Sanaa on Thursday for talks with Houthi leaders on a lasting truce in Yemen. "
    "The Saudi-Houthi talks have run alongside the UN's efforts.",
    "A Saudi delegation arrived in Yemen's capital on Thursday to negotiate a ceasefire with the Houthis, Omani "
    "mediators said. Diplomats expect the Saudi-Houthi talks to last three days.",
])
def test_the_named_two_party_process_stays(body: str, lexicon) -> None:
    extraction = extract_own(body, lexicon, headline="Envoys in Sanaa")
    assert {extraction.process_name(c.process) for c in extraction.events} == {"Saudi-Houthi talks"}
