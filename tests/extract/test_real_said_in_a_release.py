"""Words given in a document (round 137): "…, Peru's Ministry of Foreign Affairs said in a news release" after a reported
event is the ministry's statement, as "said in a statement" was, and so is "in a press release", "in its communiqué" or
"in a readout"; a bare "…, the ministry said" after a reported event stays its source (guideline 3). Sentences of our
own."""
from __future__ import annotations

from tests.extract.own_text import typed_events


def test_said_in_a_news_release(lexicon) -> None:
    text = ("The ministers of Peru and Chile agreed on Thursday that Chile will open an embassy in Lima, "
            "Peru's Ministry of Foreign Affairs said in a news release.")
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["agreement", "statement"]


def test_said_in_its_readout(lexicon) -> None:
    text = "Peru and Chile held talks in Lima on Thursday, Peru's Ministry of Foreign Affairs said in its readout."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting", "statement"]


def test_a_bare_attribution_stays_the_source(lexicon) -> None:
    """A guard: "…, the ministry said" names the source of the talks, no statement of its own."""
    text = "Peru and Chile held talks in Lima on Thursday, Peru's Ministry of Foreign Affairs said."
    assert [t for t, _, _ in typed_events(text, lexicon)] == ["meeting"]
