"""Round 660 (docs/extraction.md, "Rounds on the real corpus"): a known process named in an article that names states,
but none of the process's own (its members, the states of its subject), is another's name for other talks: "the
previous Geneva talks" in a story of two other states' trade talks is their own round, not the Syrian Geneva process;
"the Special Representatives" of two other states are not the India-China track. Such votes are dropped, and the story
takes the process its own words imply. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set[str | None]:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body", [
    "Chinese and Japanese negotiators met in Osaka on Tuesday for maritime consultations. They reviewed the consensus "
    "reached at the Geneva talks in March.",
    "Japan and China held a round of consultations in Tokyo on Wednesday, building on what their envoys agreed at the "
    "Geneva talks last spring.",
    "Beijing's envoy met Japanese officials in Osaka on Tuesday; the two sides said the Geneva talks had opened the way "
    "to the consultations.",
])
def test_geneva_talks_of_other_states_are_not_the_syrian_process(body: str, lexicon) -> None:
    assert _processes(body, lexicon) == {"China-Japan consultations"}


def test_special_representatives_of_other_states(lexicon) -> None:
    body = ("The Special Representatives for the normalization process between Armenia and Türkiye met in Vienna on "
            "Monday. The meeting of the Special Representatives lasted three hours.")
    assert _processes(body, lexicon) == {"Armenia-Türkiye normalization process"}


@pytest.mark.parametrize("body, process", [
    ("The meeting of the Special Representatives of India and China was held in Beijing on Wednesday.",
     "India-China Special Representatives talks"),
    ("The Syrian government delegation arrived in Geneva on Tuesday for the Geneva talks.", "Geneva process"),
])
def test_guard_a_process_whose_states_are_named_keeps_its_name(body: str, process: str, lexicon) -> None:
    assert _processes(body, lexicon) == {process}
