"""Round 595 (docs/extraction.md, "Rounds on the real corpus"): stories of a process they never name, told by its
actors and its topic, got no process: the delegations of Georgia, Abkhazia and South Ossetia in Geneva; Libya's two
chambers in Bouznika; Iranian and US negotiators in Muscat; Kosovo and Serbia in Brussels "under EU facilitation";
Egypt and Ethiopia on the dam; "North and South Korean generals"; Israel and Lebanon on their sea border. The process
cues (`gazetteer.PROCESS_CUES`) now read these. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own

CASES = [
    ("Delegations of Georgia, Abkhazia and South Ossetia met in Geneva on Wednesday for talks co-chaired by the EU, the UN "
     "and the OSCE.", "Geneva International Discussions"),
    ("Representatives of Libya's House of Representatives and the High Council of State met in Bouznika, Morocco, on "
     "Tuesday to discuss electoral laws.", "Bouznika talks (Libya)"),
    ("Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held indirect talks in Muscat on Saturday.",
     "Iran nuclear talks"),
    ("Chief negotiators of Kosovo and Serbia met in Brussels on Monday under EU facilitation.", "Belgrade-Pristina dialogue"),
    ("Water ministers of Egypt, Ethiopia and Sudan met in Khartoum on Monday to discuss the filling of the dam on the Blue "
     "Nile.", "GERD talks"),
    ("North and South Korean generals met at Panmunjom on Monday for military talks.", "Inter-Korean talks"),
    ("Israeli and Lebanese officers met in Naqoura on Monday in talks hosted by the UN on their sea border.",
     "Israel-Lebanon maritime border talks"),
]


@pytest.mark.parametrize("body,process", CASES)
def test_the_process_implied_by_actors_and_topic(body: str, process: str, lexicon) -> None:
    extraction = extract_own(body, lexicon, headline="Delegations meet")
    assert [extraction.process_name(c.process) for c in extraction.events] == [process]


def test_guard_iran_and_oman_alone_imply_no_talks(lexicon) -> None:
    """The guard: Iranian and Omani ministers meeting in Muscat, with no US side, are no nuclear talks."""
    extraction = extract_own("Iranian Foreign Minister Abbas Araghchi held talks with his Omani counterpart in Muscat on "
                             "Saturday.", lexicon, headline="Iran, Oman ministers meet")
    assert [extraction.process_name(c.process) for c in extraction.events] == [None]
