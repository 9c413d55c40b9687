"""Round 721: the processes the guideline took in with articles 560-599 (older and regional processes, 1995-2023) are
in the gazetteer under the guideline's names, with the wordings wire copy uses. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body, name", [
    ("Negotiators for Khartoum and the southern rebels resumed the Naivasha talks on Monday, a mediator said.",
     "Sudan-SPLM/A peace talks (Naivasha)"),
    ("The two sides will sign the Comprehensive Peace Agreement in Nairobi on Sunday, ending two decades of war in Sudan.",
     "Sudan-SPLM/A peace talks (Naivasha)"),
    ("A new round of the Arusha peace talks on Burundi opened on Monday under the chairmanship of the former president.",
     "Arusha peace process (Burundi)"),
    ("Government and rebel envoys met in Kuala Lumpur on Tuesday for another round of the GPH-MILF peace talks.",
     "GPH-MILF peace process"),
    ("Indonesian officials and separatist leaders began a fresh session of the Aceh peace talks in Finland on Friday.",
     "Aceh peace talks (Helsinki)"),
    ("Norwegian facilitators said the Sri Lanka peace talks would resume in Geneva on Wednesday.",
     "Sri Lanka peace process (Norway-facilitated)"),
    ("The foreign secretaries reviewed the fourth round of the composite dialogue in Islamabad on Tuesday.",
     "India-Pakistan composite dialogue"),
    ("Officials of both countries met at the border on Sunday to discuss the Kartarpur corridor agreement.",
     "Kartarpur corridor talks"),
    ("Ministers of the International Syria Support Group met in Munich on Thursday to discuss a cessation of hostilities.",
     "International Syria Support Group"),
    ("Serbian and Kosovo Albanian delegations held a new round of the Kosovo status talks in Vienna on Monday.",
     "Kosovo status talks"),
    ("Rival Libyan delegates signed the Skhirat agreement in Morocco on Thursday to form a unity government.",
     "Libyan Political Agreement (Skhirat)"),
    ("The Darfur peace talks in Doha resumed on Saturday with two rebel movements at the table.", "Doha Darfur peace process"),
    ("Envoys of Chad and Sudan held reconciliation talks in Tripoli on Monday, their foreign ministries said.",
     "Chad-Sudan reconciliation talks"),
    ("Delegates at the Bonn talks on Afghanistan agreed on Wednesday on an interim administration.",
     "Bonn conference on Afghanistan"),
    ("Government and Maoist negotiators signed the Comprehensive Peace Accord in Kathmandu on Tuesday.", "Nepal peace process"),
    ("The Mozambique government and Renamo signed a peace accord in Maputo on Tuesday, the presidency said.",
     "Mozambique government-Renamo peace process"),
    ("Armed groups of the Central African Republic opened peace talks in Khartoum on Thursday under the African "
     "Initiative for Peace and Reconciliation.", "CAR peace talks (African Initiative, Khartoum)"),
])
def test_the_older_processes_are_named(lexicon, body: str, name: str) -> None:
    assert name in _processes(body, lexicon), body


def test_the_israel_syria_peace_talks_of_the_golan_years(lexicon) -> None:
    """The talks of 1999-2011 over the Golan are the peace talks; the security talks are the track of 2025."""
    body = ("Israeli and Syrian negotiators resumed talks through Turkish mediators in Istanbul on Wednesday, Olmert's "
            "office said. The Israel-Syria talks are the first in eight years.")
    assert _processes(body, lexicon) == {"Israel-Syria peace talks"}


def test_the_security_talks_of_2025_stay_theirs(lexicon) -> None:
    """A guard: Dermer's talks with al-Shaibani are the security talks, though the text says 'Israel-Syria talks'."""
    body = ("Ron Dermer and Asaad al-Shaibani held Israel-Syria talks in Paris on Thursday on a de-escalation deal, "
            "officials said.")
    assert _processes(body, lexicon) == {"Israel-Syria security talks"}


def test_nepal_keeps_its_comprehensive_peace_agreement(lexicon) -> None:
    """'Comprehensive Peace Agreement' is Sudan's of 2005 unless the story is Nepal's."""
    body = "Nepal's government and the Maoists signed the Comprehensive Peace Agreement in Kathmandu on Tuesday."
    assert _processes(body, lexicon) == {"Nepal peace process"}
