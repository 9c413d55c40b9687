"""Round 723: peace processes and talks formats of Africa that wires report on, from general knowledge of diplomacy
(not from our articles), each found from sentences of our own, and the cues that name a process a story does not."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body, name", [
    ("Rebel and government delegates resumed the Abuja talks on Darfur on Monday under African Union mediation.",
     "Darfur Peace Agreement (Abuja)"),
    ("Negotiators of Khartoum and Juba met in Addis Ababa on Tuesday to revive the Sudan-South Sudan oil talks.",
     "Sudan-South Sudan talks"),
    ("Ugandan envoys and LRA commanders met in Juba on Friday for a new session of the LRA peace talks.",
     "Uganda-LRA peace talks (Juba)"),
    ("The president and the rebel leader signed the Ouagadougou Political Agreement on Sunday in Burkina Faso.",
     "Ivory Coast peace process"),
    ("Warlords and the interim government signed the Accra Comprehensive Peace Agreement on Monday in Ghana.",
     "Liberia peace talks (Accra)"),
    ("Government and RUF leaders signed the Lomé Peace Accord in Togo on Wednesday.", "Sierra Leone peace process (Lomé)"),
    ("Army chiefs and UNITA generals signed the Luena Memorandum of Understanding on Thursday.",
     "Angola peace process (Lusaka Protocol)"),
    ("The warring parties signed the Lusaka Ceasefire Agreement in Zambia on Saturday.", "Lusaka Ceasefire Agreement (DR Congo)"),
    ("The regional oversight mechanism of the Peace, Security and Cooperation Framework met in Kampala on Tuesday.",
     "Peace, Security and Cooperation Framework (DR Congo)"),
    ("Separatist leaders and government envoys met in Switzerland on Monday for the Anglophone crisis talks.",
     "Cameroon Anglophone conflict talks (Canada-facilitated)"),
    ("Chadian rebel groups and the junta opened peace talks in Doha on Sunday, Qatari mediators said.",
     "Chad peace talks (Doha)"),
    ("Ministers of ECOWAS and the AES met in Bamako on Thursday for ECOWAS-AES talks on the terms of the exit.",
     "ECOWAS-Alliance of Sahel States talks"),
    ("Water ministers met in Entebbe on Tuesday to launch the Nile River Basin Commission.",
     "Nile Basin Cooperative Framework Agreement"),
    ("The ruling party and the opposition signed the Global Political Agreement in Harare on Monday.",
     "Zimbabwe power-sharing talks (GPA)"),
    ("Senegalese officials and MFDC leaders met in Bissau on Friday for the Casamance peace talks.", "Casamance peace process"),
    ("Ethiopian government and OLA negotiators opened peace talks in Tanzania on Wednesday, the mediators said.",
     "Ethiopia-OLA peace talks"),
    ("Rwandan and Ugandan officials met in Kigali on Friday for the Rwanda-Uganda Ad Hoc Commission on their border.",
     "Rwanda-Uganda normalization talks"),
])
def test_the_african_processes_are_named(lexicon, body: str, name: str) -> None:
    assert name in _processes(body, lexicon), body


def test_a_story_of_darfur_talks_in_abuja_is_the_abuja_process(lexicon) -> None:
    """'The Darfur peace talks' are Doha's (2009-2011) unless the story is of the Abuja round (2004-2006)."""
    body = "The Darfur peace talks resumed in Abuja on Monday with the two rebel movements, the AU mediator said."
    assert _processes(body, lexicon) == {"Darfur Peace Agreement (Abuja)"}


def test_the_doha_darfur_talks_stay_doha(lexicon) -> None:
    """A guard: the same words in a story of the Doha round."""
    body = "The Darfur peace talks resumed in Doha on Monday with the two rebel movements, the Qatari mediator said."
    assert _processes(body, lexicon) == {"Doha Darfur peace process"}


def test_the_cue_of_a_story_that_names_no_process(lexicon) -> None:
    """A story of Sudan and South Sudan over Abyei, with no process named, is their own talks."""
    body = "Sudan and South Sudan held talks in Juba on Tuesday on the status of Abyei and the sharing of oil revenue."
    assert _processes(body, lexicon) == {"Sudan-South Sudan talks"}
