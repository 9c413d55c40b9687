"""Round 1196: a body that speaks "in a statement" under a name no actor reader makes (a name with its acronym in
brackets, a name with "People's" in it, a bare acronym, a line ministry named after the verb) is the statement's
speaker (`statement_bodies.py`, called from `events.unit_candidates` when no other reader found one). A title, a known
actor and a verb without the cue are left to the other readers. Sentences of our own; published Friday 2023-05-12.
Read at the rule stage (`learned=False`) and through the rule's own function."""
from __future__ import annotations

from tests.extract.own_text import speakers
from tracker.extract.mentions import Roster
from tracker.extract.statement_bodies import body_speaker
from tracker.extract.triggers import find_triggers

LEAD = "Chile and Peru held border talks in Lima on Thursday.\n\n"


def _speakers(sentence: str, lexicon) -> list[list[str]]:
    return speakers(LEAD + sentence, lexicon, learned=False)


def test_a_bracketed_acronym_after_the_name(lexicon) -> None:
    body = "On Friday, the Southern Coastal Defence Army (SCDA) said in a statement that it would send negotiators."
    assert _speakers(body, lexicon) == [["Southern Coastal Defence Army"]]


def test_a_name_with_peoples_in_it(lexicon) -> None:
    body = "The Highland People's Congress said in a statement on Friday that the border talks must go on."
    assert _speakers(body, lexicon) == [["Highland People's Congress"]]


def test_a_bare_acronym(lexicon) -> None:
    assert _speakers("The KNPP said in a statement that it backed the border talks.", lexicon) == [["KNPP"]]


def test_a_line_ministry_after_the_verb_speaks_with_its_state(lexicon) -> None:
    body = "The border will reopen next week, said the Chilean Ministry of Mining in a statement."
    assert _speakers(body, lexicon) == [["Chile", "Chilean Ministry of Mining"]]


def _read(sentence: str, lexicon) -> str | None:
    roster = Roster(lexicon)
    found = [body_speaker(t, sentence, roster) for t in find_triggers(sentence) if t.speech]
    return next((m.text for m in found if m is not None), None)


def test_through_the_rule_itself(lexicon) -> None:
    assert _read("The Andes Water Board (AWB) said in a joint statement that it agreed.", lexicon) == "Andes Water Board"
    assert _read("President Ana Soto said in a statement that she agreed.", lexicon) is None  # a title: a person
    assert _read("Chile said in a statement that it agreed.", lexicon) is None  # a known actor: its own readers
    assert _read("The Andes Water Board (AWB) said on Friday that it agreed.", lexicon) is None  # no cue
    assert _read("Water said in a statement that it agreed.", lexicon) is None  # one word is a body only as an acronym
