"""The brief as a Word document (python-docx): real headings, a table per month, numbered sources.

Citations are `[n]` marks that link to the numbered "Sources" list at the end
(footnote style, as analysts edit them); the chart is a PNG from Kaleido.
"""
from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from tracker.briefing.chart import chart_png
from tracker.briefing.model import Brief, Citation, Entry, isolate
from tracker.flat import guard_formula, is_web_url

GREY = RGBColor(0x59, 0x59, 0x59)
DATE_WIDTH, EVENT_WIDTH = Inches(1.25), Inches(5.25)
META_STYLE, META_STYLE_ID = "Brief Meta", "BriefMeta"
#: paper -> page width, height and side margin
PAPER = {"a4": (Mm(210), Mm(297), Mm(20)), "letter": (Inches(8.5), Inches(11), Inches(1))}
HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _bookmark_name(number: int) -> str:
    return f"source_{number}"


def _internal_link(paragraph: Paragraph, text: str, anchor: str) -> None:
    """A run that jumps to bookmark `anchor` when clicked (Ctrl+click in Word)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.append(_run_element(text, style="Hyperlink"))
    paragraph._p.append(link)


def _external_link(paragraph: Paragraph, url: str, number: int) -> None:
    """A run that opens `url` (each source has its own relationship id: no linear search per link)."""
    relationship = f"rIdSource{number}"
    paragraph.part.rels.add_relationship(HYPERLINK_TYPE, url, relationship, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), relationship)
    link.append(_run_element(url, style="Hyperlink"))
    paragraph._p.append(link)


def _run_element(text: str, style: str | None = None) -> OxmlElement:
    run = OxmlElement("w:r")
    if style:
        properties = OxmlElement("w:rPr")
        run_style = OxmlElement("w:rStyle")
        run_style.set(qn("w:val"), style)
        properties.append(run_style)
        run.append(properties)
    element = OxmlElement("w:t")
    element.text = text
    element.set(qn("xml:space"), "preserve")
    run.append(element)
    return run


def _bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _citations(paragraph: Paragraph, numbers) -> None:
    for i, number in enumerate(numbers):
        if i:
            paragraph.add_run(" ")
        _internal_link(paragraph, f"[{number}]", _bookmark_name(number))


def _small(paragraph: Paragraph, text: str) -> None:
    # set the style id on the run directly: python-docx would look the name up among all styles on every run
    paragraph.add_run(text)._r.style = META_STYLE_ID


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _entry_row(table, entry: Entry, since_text: str) -> None:
    date_cell, event_cell = table.add_row().cells
    date_cell.width, event_cell.width = DATE_WIDTH, EVENT_WIDTH
    date_paragraph = date_cell.paragraphs[0]
    date_paragraph.add_run(entry.date_text).bold = True
    if entry.change:
        mark = date_cell.add_paragraph().add_run(entry.change_text)
        mark.bold = True
        mark.font.color.rgb = RGBColor(0xA6, 0x6A, 0x00)
        _small(date_cell.add_paragraph(), since_text)
    heading = event_cell.paragraphs[0]
    heading.add_run(guard_formula(isolate(entry.title))).bold = True
    heading.add_run(f" — {entry.type_label}")
    if entry.context_text:
        _small(event_cell.add_paragraph(), entry.context_text)
    if entry.actors:
        paragraph = event_cell.add_paragraph()
        paragraph.add_run("Actors: ").bold = True
        paragraph.add_run(entry.actors_text)
    if entry.summary or entry.citations:
        paragraph = event_cell.add_paragraph(entry.summary)
        if entry.citations:
            paragraph.add_run(" Sources: " if entry.summary else "Sources: ")
            _citations(paragraph, entry.citations)
    if entry.quote:
        paragraph = event_cell.add_paragraph()
        paragraph.paragraph_format.left_indent = Inches(0.2)
        paragraph.add_run(f"“{isolate(entry.quote.text)}”").italic = True
        if entry.quote.speaker:
            paragraph.add_run(f" — {isolate(entry.quote.speaker)}")
        if entry.quote.citation:
            paragraph.add_run(" ")
            _citations(paragraph, [entry.quote.citation])
    _small(event_cell.add_paragraph(), f"Event id: {entry.event_id}")


def _source_paragraph(document, citation: Citation) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.left_indent = Inches(0.35)
    paragraph.paragraph_format.first_line_indent = Inches(-0.35)
    paragraph.paragraph_format.space_after = Pt(3)
    paragraph.add_run(f"[{citation.number}]\t").bold = True
    _bookmark(paragraph, _bookmark_name(citation.number), citation.number)
    text = isolate(citation.publisher) or "(publisher not recorded)"
    if citation.published:
        text += f", {citation.published}"
    if citation.title:
        text += f", “{isolate(citation.title)}”"
    paragraph.add_run(text + (", " if citation.url else ""))
    if citation.url and is_web_url(citation.url):
        _external_link(paragraph, citation.url, citation.number)
    elif citation.url:
        paragraph.add_run(citation.url)


def _add_styles(document) -> None:
    """Character styles for links and for the small grey lines (the analyst can restyle them in one place)."""
    names = {style.name for style in document.styles}
    if "Hyperlink" not in names:
        style = document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    if META_STYLE not in names:
        style = document.styles.add_style(META_STYLE, WD_STYLE_TYPE.CHARACTER)
        style.style_id = META_STYLE_ID
        style.font.size = Pt(8.5)
        style.font.color.rgb = GREY


def _page_number_footer(document) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = 1  # centred
    paragraph.add_run("Page ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    field.append(_run_element("1"))
    paragraph._p.append(field)


def render(brief: Brief, *, chart: bool = True, paper: str = "a4") -> bytes:
    """The brief as the bytes of a .docx file on A4 (or `paper="letter"`)."""
    document = Document()
    properties = document.core_properties
    properties.title, properties.author, properties.comments = brief.title, "tracker brief", brief.filter_text
    properties.keywords = brief.filter_query  # the view's URL query: the brief can be made again from it
    properties.created = properties.modified = brief.generated_at
    properties.revision = 1
    section = document.sections[0]
    # python-docx's template is US Letter; analysts outside the US print on A4 (2 cm margins keep 6.5 in of text).
    width, height, margin = PAPER.get(paper, PAPER["a4"])
    section.page_width, section.page_height = width, height
    section.left_margin = section.right_margin = margin
    document.styles["Normal"].font.size = Pt(10)
    _page_number_footer(document)
    _add_styles(document)

    document.add_heading(brief.title, level=0)
    for label, value in (("Period", brief.period), ("Filters", brief.filter_text),
                         ("Generated", brief.generated_text.removeprefix("Generated "))):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    if brief.since:
        paragraph = document.add_paragraph()
        paragraph.add_run("Marked NEW or CHANGED: ").bold = True
        paragraph.add_run(f"events added or changed since {brief.since_label}")
    if brief.as_of:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{brief.as_of_text}: ").bold = True
        paragraph.add_run("the chronology as it was known then")

    document.add_heading("Key points", level=1)
    for point in brief.key_points:
        document.add_paragraph(point, style="List Bullet")
    if brief.changes_heading:
        document.add_heading(brief.changes_heading, level=1)
        for line in brief.changes or ():
            document.add_paragraph(line.text, style="List Bullet")
        if not brief.changes:
            document.add_paragraph("Nothing changed.")

    png = chart_png(brief) if chart else None
    if png:
        document.add_heading("Timeline", level=1)
        document.add_picture(io.BytesIO(png), width=Inches(6.5))

    document.add_heading("Chronology", level=1)
    if not brief.months:
        document.add_paragraph("No events match the filters.")
    since_text = f"since {brief.since_label}" if brief.since else ""
    for month in brief.months:
        document.add_heading(month.label, level=2)
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = table.rows[0]
        _repeat_header(header)
        for cell, label, width in zip(header.cells, ("Date", "Event"), (DATE_WIDTH, EVENT_WIDTH)):
            cell.width = width
            cell.paragraphs[0].add_run(label).bold = True
        for entry in month.entries:
            _entry_row(table, entry, since_text)

    if brief.citations:
        document.add_heading("Sources", level=1)
        for citation in brief.citations:
            _source_paragraph(document, citation)

    out = io.BytesIO()
    document.save(out)
    return _stamped(out.getvalue(), brief.generated_at)


def _stamped(package: bytes, when) -> bytes:
    """The .docx with every zip entry dated `when`, so one brief gives the same bytes from the command and the button."""
    stamp = max(when.timetuple()[:6], (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(zipfile.ZipInfo(item.filename, date_time=stamp), source.read(item.filename),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
