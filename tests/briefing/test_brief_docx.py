"""The Word brief, read back with python-docx: real headings, a chronology table, linked numbered sources."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from tracker.briefing import render_brief

from .brief_helpers import ARABIC, CYRILLIC, LONG_QUOTE, requires_chromium


def _document(data: bytes):
    return docx.Document(io.BytesIO(data))


def _rows(document):
    """(date cell text, event cell text) of every chronology row, header rows left out."""
    return [(row.cells[0].text, row.cells[1].text) for table in document.tables for row in table.rows[1:]]


def _headings(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_june_docx_structure(june_brief, june_events):
    document = _document(render_brief("docx", june_brief, chart=False))
    assert _headings(document, "Title") == ["Briefing: Astana format"]
    assert _headings(document, "Heading 1") == ["Key points", "Chronology", "Sources"]
    assert _headings(document, "Heading 2") == ["June 2023"]
    rows = _rows(document)
    assert len(rows) == len(june_events)
    assert [r[0].split("\n")[0] for r in rows] == [e.date_text for e in june_brief.entries]
    assert [r[1].rsplit("Event id: ", 1)[1] for r in rows] == list(june_events["event_id"])
    assert all(table.style.name == "Table Grid" for table in document.tables)
    assert document.tables[0].rows[0].cells[0].text == "Date"
    assert document.core_properties.title == "Briefing: Astana format"


def test_june_docx_quotes_and_footnote_style_sources(june_brief):
    document = _document(render_brief("docx", june_brief, chart=False))
    rows = dict((r[1].rsplit("Event id: ", 1)[1], r[1]) for r in _rows(document))
    proposal, statement = rows["kaz-proposal-2023-06-21"], rows["kaz-statement-2023-06-22"]
    assert "we propose that the 20th round of Syria talks be declared the last one" in proposal
    assert "— Kanat Tumysh [" in proposal
    assert "“If the participants of international meetings on Syria" in statement
    assert "— Ministry of Foreign Affairs of Kazakhstan [" in statement
    sources = [p for p in document.paragraphs if p.text.startswith("[")]
    assert [p.text.split("]")[0] + "]" for p in sources] == [f"[{c.number}]" for c in june_brief.citations]
    for citation, paragraph in zip(june_brief.citations, sources):
        assert citation.publisher in paragraph.text
        bookmarks = paragraph._p.findall(qn("w:bookmarkStart"))
        assert [b.get(qn("w:name")) for b in bookmarks] == [f"source_{citation.number}"]
    anchors = {link.get(qn("w:anchor")) for link in document.element.body.iter(qn("w:hyperlink")) if link.get(qn("w:anchor"))}
    assert anchors == {f"source_{c.number}" for c in june_brief.citations}
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert targets == {c.url for c in june_brief.citations if c.url}


def test_docx_keeps_every_script_and_guards_formulas(odd_brief):
    document = _document(render_brief("docx", odd_brief, chart=False))
    body = "\n".join(event for _, event in _rows(document))
    assert f"Türkiye, {CYRILLIC} and {ARABIC} meet" in body
    assert LONG_QUOTE.strip() in body
    assert "<script>alert('x')</script> & <b>bold</b>" in body
    formula_row = next(event for _, event in _rows(document) if "odd-formula" in event)
    assert formula_row.startswith("'=HYPERLINK("), "a cell pasted into a spreadsheet must not run"
    dates = [date for date, _ in _rows(document)]
    assert any(d.startswith("20-21 Jun 2023\nNEW") for d in dates) and any("\nCHANGED" in d for d in dates)
    assert "Odd <title> & co" == _headings(document, "Title")[0]


@requires_chromium
def test_command_docx_has_the_chart_and_a_page_number_field(june_files):
    document = _document(june_files["docx"])
    assert len(document.inline_shapes) == 1 and document.inline_shapes[0].width > 0
    assert "Timeline" in _headings(document, "Heading 1")
    footer = document.sections[0].footer.paragraphs[0]._p
    assert [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))] == ["PAGE"]
    assert _headings(document, "Title") == ["Astana track: June 2023"]
