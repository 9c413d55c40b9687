"""Round 1120 (helper pr23): a gazetteer name that says "<Town> format" is read in the hyphenated spelling wires give it
as an adjective ("a Moscow-format meeting", "the Weimar-format summit"), as "Astana-format" and "Normandy-format" were
read only because their rows spelled them out (`lexicon.hyphened_formats`). Sentences of our own."""
from __future__ import annotations

import pytest

from tracker.extract.lexicon import Lexicon, hyphened_formats


def _scanned(text: str, lexicon: Lexicon) -> set[str]:
    return {lexicon.processes[m.key].name for m in lexicon.scan(text) if m.role == "process"}


@pytest.mark.parametrize("text, process", [
    ("Kabul said on Monday it would send a delegation to the next Moscow-format meeting on Afghanistan.",
     "Moscow format (Afghanistan)"),
    ("Regional envoys gathered for Moscow-format consultations in the Russian capital on Friday.",
     "Moscow format (Afghanistan)"),
    ("Leaders will hold a Weimar-format summit in Berlin on Thursday.", "Weimar Triangle"),
])
def test_the_hyphenated_format_names_a_process(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _scanned(text, lexicon), text


@pytest.mark.parametrize("text, process", [
    # guards: rows that spelled the hyphen out keep reading it
    ("The Astana-format talks resumed in Nur-Sultan after a pause of five months.", "Astana format"),
    ("Advisers prepared a Normandy-format summit for the spring, a Kremlin aide said.", "Normandy format"),
])
def test_spelled_hyphens_still_read(text: str, process: str, lexicon: Lexicon) -> None:
    assert process in _scanned(text, lexicon), text


def test_the_spellings_added() -> None:
    assert hyphened_formats(["Moscow format", "Moscow format talks on Afghanistan"]) == \
        ["Moscow-format", "Moscow-format talks on Afghanistan"]
    # a row that spells the hyphen already gets nothing twice; a name without a town's format gets nothing
    assert hyphened_formats(["Astana format", "Astana-format"]) == []
    assert hyphened_formats(["Geneva talks", "format talks"]) == []


@pytest.mark.parametrize("text", [
    # guards: a format of a document, a hyphenated word that is no town's format
    "The ministry published the agenda in a PDF-format file on Tuesday.",
    "Officials agreed on a new-format meeting with the opposition next week.",
])
def test_other_hyphenated_formats_name_none(text: str, lexicon: Lexicon) -> None:
    assert _scanned(text, lexicon) == set(), text
