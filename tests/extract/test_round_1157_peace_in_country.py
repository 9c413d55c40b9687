"""Round 1157 (helper pr24): the gazetteer names many processes "<State> peace <noun>" ("Mozambique peace deal",
"South Sudan peace talks"), and wires write the same name turned about: "the signing of a peace deal in Mozambique",
"peace talks in Yemen". `lexicon.peace_in` adds the turned spelling of every such name whose first words are a state's
name, where the gazetteer's rows become surfaces; a town ("peace talks in Doha") or an adjective ("Afghan peace
talks") is not turned. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.lexicon import Lexicon, peace_in


def _named(text: str, lexicon: Lexicon) -> list[str]:
    return [lexicon.processes[m.key].name for m in lexicon.scan(text) if m.role == "process"]


@pytest.mark.parametrize("text, process", [
    ("The regional bloc hailed the peace deal in Mozambique as a milestone.", "Mozambique government-Renamo peace process"),
    ("Envoys said the peace talks in Yemen could resume after Ramadan.", "Yemen peace process"),
    ("Donors pledged support for the peace process in South Sudan on Thursday.", "South Sudan peace process (R-ARCSS)"),
])
def test_the_turned_name_reads(text: str, process: str, lexicon: Lexicon) -> None:
    assert _named(text, lexicon) == [process], text


@pytest.mark.parametrize("text", [
    "Delegates gathered for peace talks in Doha on Sunday.",
    "The summit opened in Mozambique on Monday.",
])
def test_no_turned_name(text: str, lexicon: Lexicon) -> None:
    assert _named(text, lexicon) == [], text


def test_the_helper_turns_states_only() -> None:
    names = ["Mozambique peace deal", "Afghan peace talks", "Doha peace talks", "peace deal in Mozambique",
             "Mali peace accord"]
    assert peace_in(names, lambda s: s in {"Mozambique", "Mali"}) == ["peace accord in Mali"]


def test_a_story_told_so_takes_the_process(lexicon: Lexicon) -> None:
    body = ("The African Union on Friday welcomed the signing of a peace deal in Mozambique between President Filipe "
            "Nyusi and the opposition leader, calling it a historic step.")
    extraction = extract_own(body, lexicon, headline="AU welcomes peace deal in Mozambique", learned=False)
    names = {extraction.process_name(c.process) for c in extraction.events}
    assert "Mozambique government-Renamo peace process" in names, names
