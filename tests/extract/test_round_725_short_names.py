"""Round 725: a process's one-word name keeps its capital ("Quartet", "Quad"), so ordinary words find no process (a
string quartet, a quad bike), and "the Quartet" of a Sudan story is the Quad for Sudan. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own


def _processes(body: str, lexicon, headline: str = "Talks") -> set:
    extraction = extract_own(body, lexicon, headline=headline)
    return {extraction.process_name(c.process) for c in extraction.events}


@pytest.mark.parametrize("body", [
    "The foreign ministers met in Vienna on Friday after a concert by a string quartet in the old town.",
    "The two presidents met in Rome on Tuesday and rode a quad bike on the estate of their host.",
    "The envoys met in Oslo on Monday; a jazz quartet played at the dinner that followed.",
    "The ministers met in Kampala on Thursday to discuss attacks by the ADF in eastern Congo.",
])
def test_ordinary_words_find_no_process(lexicon, body: str) -> None:
    assert _processes(body, lexicon) <= {None}, body


@pytest.mark.parametrize("body, name", [
    ("Envoys of the Quartet met in Brussels on Monday and urged Israel and the Palestinians to resume talks.",
     "Middle East Quartet"),
    ("Quad foreign ministers met in Tokyo on Tuesday to discuss maritime security.", "Quadrilateral Security Dialogue"),
    ("The Quartet met in Washington on Friday and urged the army and the RSF to agree a truce in Sudan.", "Quad for Sudan"),
])
def test_the_names_with_their_capital_stay(lexicon, body: str, name: str) -> None:
    assert name in _processes(body, lexicon), body
