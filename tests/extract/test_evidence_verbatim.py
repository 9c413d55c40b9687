"""The evidence of a candidate is the sentence as written: analysts cite it word for word (the review page showed
'"... Astana format" Lavrov said.' for '"... Astana format," Lavrov said.')."""
from __future__ import annotations

import pytest

from tests.extract.own_text import extract_own
from tracker.extract.units import segment


@pytest.mark.parametrize("paragraph", [
    '"We agreed to keep working on the text of the memorandum," the envoy said.',
    '“We agreed to keep working on the text of the memorandum,” the envoy said on Friday.',
    '"We agreed to keep working on the text of the memorandum", the envoy said.',
    'The envoy said: "We agreed to keep working on the text of the memorandum."',
    '«We agreed to keep working on the text of the memorandum», the envoy said.',
])
def test_a_sentence_with_a_quote_keeps_its_marks_and_commas(paragraph):
    units, quotes = segment([paragraph])
    assert [unit.raw for unit in units] == [paragraph]
    assert [q.rstrip(".") for q in quotes] == ["We agreed to keep working on the text of the memorandum"]  # no comma


def test_an_extracted_statement_cites_its_sentence_as_written(lexicon):
    said = ('"We agreed to keep working on the text of the memorandum," Kazakh Foreign Minister Mukhtar Tileuberdi '
            "told reporters on Tuesday.")
    extraction = extract_own(f"The ministers met in Astana on Tuesday.\n\n{said}", lexicon)
    cited = [line for event in extraction.events for line in event.evidence if "memorandum" in line]
    assert cited == [said]
