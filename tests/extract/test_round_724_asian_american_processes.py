"""Round 724: processes of Asia, the Americas and global negotiations that wires report on, from general knowledge of
diplomacy (not from our articles), each found from sentences of our own, with the cues for stories that name none."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body, name", [
    ("Negotiators of the SEF and ARATS met in Taipei on Tuesday for a new round of cross-strait talks.", "Cross-Strait talks"),
    ("Envoys of the two Koreas, China and the United States opened the four-party talks in Geneva on Monday.",
     "Four-party talks (Korea)"),
    ("Officials of the Quadrilateral Coordination Group met in Islamabad on Monday to prepare direct talks with the Taliban.",
     "Quadrilateral Coordination Group (Afghanistan)"),
    ("Envoys of the extended troika met in Moscow on Thursday and urged the Taliban to form an inclusive government.",
     "Extended Troika (Afghanistan)"),
    ("Japanese and North Korean officials held Japan-North Korea talks on abductions in Stockholm on Wednesday.",
     "Japan-North Korea talks"),
    ("Officials of Bangladesh and Myanmar met in Naypyidaw on Monday to discuss the Rohingya repatriation process.",
     "Rohingya repatriation talks"),
    ("Thai officials and BRN representatives held peace talks in Kuala Lumpur on Tuesday, the Malaysian facilitator said.",
     "Southern Thailand peace dialogue (BRN)"),
    ("Officials of Manila and the MNLF met in Jeddah on Sunday for a tripartite review of the 1996 Final Peace Agreement.",
     "GRP-MNLF peace process"),
    ("Leaders of Papua New Guinea and Bougainville met in Port Moresby on Friday to discuss the Bougainville independence "
     "consultations.", "Bougainville peace process"),
    ("Delegates of two dozen countries met in Kabul on Wednesday for the Kabul Process conference.", "Kabul Process"),
    ("India and Bangladesh held a Joint Rivers Commission meeting in New Delhi on Monday on the sharing of river water.",
     "India-Bangladesh water-sharing talks"),
    ("The leaders held a US-Japan-South Korea trilateral summit at Camp David on Friday.", "US-Japan-South Korea trilateral"),
    ("AUKUS defence ministers met in California on Thursday to review the submarine plan.", "AUKUS"),
    ("Colombian negotiators and the Segunda Marquetalia opened peace talks in Caracas on Saturday.",
     "Colombia government-Segunda Marquetalia talks"),
    ("Colombian government negotiators and FARC commanders resumed peace talks in Havana on Monday, the guarantors said.",
     "Colombia-FARC peace process"),
    ("Delegates of the government and the opposition met in Mexico City on Friday for new Venezuela talks in Mexico.",
     "Venezuela government-opposition negotiations"),
    ("US and Venezuelan officials held talks in Doha on Tuesday on a prisoner swap, officials said.", "US-Venezuela talks"),
    ("Blinken met Mexican ministers in Mexico City on Friday for the High-Level Security Dialogue.",
     "US-Mexico High-Level Security Dialogue"),
    ("Trade ministers of the three countries met in Washington on Monday to open the USMCA joint review.",
     "USMCA review (NAFTA renegotiation)"),
    ("Delegates of 170 countries opened a new round of plastics treaty talks in Busan on Monday.", "Plastics treaty negotiations"),
    ("WHO member states resumed the pandemic treaty negotiations in Geneva on Monday.", "Pandemic treaty negotiations"),
    ("Russia and the United States carried out a prisoner swap in Ankara on Thursday, the Kremlin said.",
     "Russia-US prisoner exchanges"),
])
def test_the_processes_are_named(lexicon, body: str, name: str) -> None:
    assert name in _processes(body, lexicon), body


def test_four_party_talks_on_afghanistan_are_the_coordination_group(lexicon) -> None:
    """'Four-party talks' are Korea's of 1997-1999 unless the story is Afghanistan's of 2016."""
    body = "Afghan, Pakistani, US and Chinese envoys held four-party talks in Kabul on Monday on a Taliban peace process."
    assert _processes(body, lexicon) == {"Quadrilateral Coordination Group (Afghanistan)"}


def test_farc_dissidents_are_not_the_farc_talks(lexicon) -> None:
    """A guard: talks with the dissidents of the FARC stay the EMC's, as their story names them."""
    body = "Colombian government negotiators and the EMC resumed peace talks with the FARC dissidents in Bogota on Monday."
    assert _processes(body, lexicon) == {"Colombia government-EMC talks"}
