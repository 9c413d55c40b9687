"""Round 1075 (helper pr22): the processes the guideline took in with the articles 1030-1089 are gazetteer processes
(tracker/extract/processes.tsv, a source per row) with the wordings wires give them, and cues for copy that tells them
without a name (gazetteer.PROCESS_CUES): the Arab League's tripartite meetings of Libya's three councils, the direct
talks of Libya's House of Representatives and High Council of State, Sudan and Ethiopia's border talks, El Salvador's
talks with the FMLN (English and Spanish copy), the Russia-Central Asia format and the Oslo talks with the Taliban.
Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon


def _processes(text: str, lexicon: Lexicon, headline: str = "Diplomacy") -> set[str | None]:
    extraction = extract_own(text, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events if c.event_type != "statement"}


@pytest.mark.parametrize("text, process", [
    # the three councils' meetings under the Arab League: named, or told by the council names and "tripartite"
    ("The heads of the Presidential Council, the House of Representatives and the High Council of State will hold a "
     "tripartite meeting at the Arab League in Cairo on Monday, a Libyan official said.",
     "Arab League tripartite meetings (Libya)"),
    ("A second Arab League tripartite meeting on Libya was held in Cairo on Sunday.",
     "Arab League tripartite meetings (Libya)"),
    # the two chambers' direct talks
    ("Members of Libya's High Council of State met delegates of the House of Representatives in Rabat on Thursday to "
     "discuss a unified government.", "HoR-HCS talks (Libya)"),
    ("The HoR-HCS talks resumed in Cairo on Wednesday after a month's pause.", "HoR-HCS talks (Libya)"),
    # Sudan and Ethiopia's border
    ("Ethiopian and Sudanese officials opened talks in Khartoum on Monday to demarcate the Sudan-Ethiopia border.",
     "Sudan-Ethiopia border talks"),
    ("The joint border committee of Sudan and Ethiopia met in Addis Ababa on Friday over the al-Fashaga farmland.",
     "Sudan-Ethiopia border talks"),
    # El Salvador's government and the FMLN guerrillas (Spanish copy below)
    ("El Salvador's government and the FMLN rebels held a new round of peace talks in Mexico City on Tuesday.",
     "El Salvador government-FMLN talks"),
    # Russia and the five Central Asian states
    ("The foreign ministers of Russia and the Central Asian states will hold their next meeting in Tashkent on "
     "October 3.", "Russia-Central Asia format"),
    ("Putin arrived in Dushanbe on Wednesday for the second Russia-Central Asia summit.", "Russia-Central Asia format"),
    # special envoys meeting the Taliban in Oslo
    ("Western special envoys held talks with a Taliban delegation in Oslo on Monday on humanitarian aid.",
     "Oslo talks with the Taliban"),
])
def test_the_batch_processes_are_read(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon), text


@pytest.mark.parametrize("text, process", [
    # guards: the Bouznika talks of the same two chambers keep their track; the GERD talks of the same states keep
    # theirs; a South Sudan border meeting with Ethiopia is no Sudan-Ethiopia border talk; the US format with Central Asia
    # keeps its name
    ("Delegations of the House of Representatives and the High Council of State met in Bouznika on Tuesday for the "
     "Bouznika talks.", "Bouznika talks (Libya)"),
    ("Egypt, Sudan and Ethiopia resumed talks on the Grand Ethiopian Renaissance Dam in Khartoum on Sunday.",
     "GERD talks"),
    ("The C5+1 foreign ministers' meeting was held in Astana on Friday with Blinken.", "C5+1"),
])
def test_neighbouring_processes_keep_theirs(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _processes(text, lexicon), text


def test_a_south_sudan_border_meeting_is_not_sudans(lexicon: Lexicon) -> None:
    text = "South Sudan and Ethiopia held border talks in Juba on Monday on cattle raids."
    assert "Sudan-Ethiopia border talks" not in _processes(text, lexicon)


def test_spanish_copy_of_the_fmln_talks(lexicon: Lexicon) -> None:
    text = ("El Gobierno salvadoreño y los rebeldes del FMLN se reunieron ayer en México para la tercera ronda de "
            "conversaciones de paz.")
    assert "El Salvador government-FMLN talks" in _processes(text, lexicon, headline="Diálogo en El Salvador")
