"""Round 970 (helper z1): processes named as the field names them, in our own sentences. The gazetteer's knowledge of
whole processes (tracker/extract/processes.tsv, a source per row) and the cues of how copy tells them without their
name (gazetteer.PROCESS_CUES): the Houthis under their own name Ansar Allah, the GERD in Spanish copy,
Somalia and Somaliland at talks, the junta's talks with ethnic armed organisations, India and China's commander-level
talks, the 2019-2020 Sudan talks in Juba, IGAD's South Sudan mediation, the AU panel on Sudan and South Sudan, Libya's
Structured Dialogue and the four China-US dialogues of 2017."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon, headline: str = "Diplomacy") -> set[str | None]:
    extraction = extract_own(text, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events if c.event_type != "statement"}


@pytest.mark.parametrize("text, process", [
    # Ansar Allah is the Houthi movement's own name: Yemen's government and Ansar Allah are the peace process's parties
    ("Delegates of the Government of Yemen and Ansar Allah met in Amman on Tuesday to swap lists of detainees.",
     "Yemen peace process"),
    ("Representatives of Ansar Allah and the Yemeni government will meet in Muscat next week, Oman said.",
     "Yemen peace process"),
    # Somalia and Somaliland at talks, however the headline spells them
    ("Delegations of Somalia and Somaliland held talks in Djibouti on Sunday under the mediation of President Guelleh.",
     "Somalia-Somaliland dialogue"),
    ("Somaliland's leader and the Somali government will resume talks in Ankara next month, officials said.",
     "Somalia-Somaliland dialogue"),
    # the junta's peace body and ethnic armed organisations
    ("Myanmar's junta met leaders of three ethnic armed organizations in Naypyitaw on Wednesday for peace talks.",
     "Myanmar peace process"),
    ("The National Solidarity and Peace Negotiation Committee met two ethnic armed groups on Monday, Myanmar media said.",
     "Myanmar peace process"),
    # India and China's commander-level talks, without "corps"
    ("China and India held a seventh round of commander-level talks at Chushul on Monday.",
     "India-China Corps Commander talks"),
    ("Indian and Chinese generals met for commander-level talks on Sunday at Moldo, the Indian army said.",
     "India-China Corps Commander talks"),
    # Sudan's government and its armed movements in Juba, 2019-2020
    ("Sudan's government and the Sudan Revolutionary Front resumed peace talks in Juba on Tuesday.",
     "Juba Peace Agreement (Sudan)"),
    ("Sudanese government negotiators and the Sudan Revolutionary Front met in Juba on Tuesday for a second round of "
     "peace talks.", "Juba Peace Agreement (Sudan)"),
    # IGAD's mediation between South Sudan's parties
    ("IGAD leaders met in Addis Ababa on Thursday on South Sudan and heard the mediation team's report.",
     "South Sudan peace process (R-ARCSS)"),
    # Libya's Structured Dialogue, UNSMIL's forum of 2025
    ("Members of Libya's structured dialogue met in Tripoli on Sunday, UNSMIL said.",
     "UNSMIL Structured Dialogue (Libya)"),
    # the four channels of the 2017 China-US Comprehensive Dialogue
    ("Chinese and American officials met in Washington on Wednesday for the first Law Enforcement and Cybersecurity "
     "Dialogue.",
     "China-US law enforcement and cybersecurity dialogue"),
    ("US and Chinese officials met on Wednesday in Washington for the Diplomatic and Security Dialogue.",
     "China-US diplomatic and security dialogue"),
    ("The Comprehensive Economic Dialogue between China and the US met in Washington on Wednesday.",
     "China-US comprehensive economic dialogue"),
])
def test_a_process_the_field_knows(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon)


@pytest.mark.parametrize("text, process", [
    # guards: the processes the new cues must not take over
    ("South Sudan's parties signed the revitalized peace agreement in Addis Ababa on Wednesday.",
     "South Sudan peace process (R-ARCSS)"),
    ("Ethiopia and Somalia met in Ankara on Tuesday under Turkish mediation over Somaliland.", "Ankara process"),
    ("ASEAN foreign ministers met in Jakarta on Tuesday on Myanmar and the five-point consensus.",
     "ASEAN five-point consensus on Myanmar"),
    ("Ugandan envoys and the Lord's Resistance Army resumed peace talks in Juba on Tuesday.",
     "Uganda-LRA peace talks (Juba)"),
])
def test_the_known_process_keeps_its_stories(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon)


def test_the_dam_in_spanish_copy(lexicon: Lexicon) -> None:
    """The GERD in Spanish copy, headline and body (French copy is read through an English gloss, whose events these
    short sentences do not give)."""
    text = ("Los ministros de Egipto, Etiopía y Sudán se reunieron el martes en Kinshasa para negociar sobre la presa "
            "del Renacimiento.")
    assert "GERD talks" in _processes(text, lexicon, headline="Presa del Renacimiento: nueva ronda en Kinshasa")
