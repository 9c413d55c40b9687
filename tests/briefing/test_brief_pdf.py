"""The PDF brief, read back with poppler's pdftotext and pdftoppm: content, order, page numbers, fonts."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tracker.briefing import render_brief

from .brief_helpers import CYRILLIC, requires_chromium, requires_poppler

ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"))


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The PDF's text as pdftotext reads it (in reading order), bidi control characters dropped."""
    path = tmp_path / "brief.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, timeout=60).stdout
    return text.decode("utf-8").translate(ISOLATES)


def _flat(text: str) -> str:
    return " ".join(text.split())


@requires_poppler
def test_june_pdf_lists_the_filtered_events_in_order(june_brief, june_events, tmp_path):
    text = pdf_text(render_brief("pdf", june_brief, chart=False), tmp_path)
    ids = re.findall(r"^Event id: (\S+)$", text, re.M)
    assert ids == list(june_events["event_id"])
    flat = _flat(text)
    for entry in june_brief.entries:
        assert f"{entry.date_text} · {entry.type_label} ·" in flat
    assert flat.startswith("Briefing: Astana format Period: 1-30 Jun 2023 Filters: Astana format; 1 June to 30 June 2023")
    assert "Rounds held (1): Astana format round 20 (20-21 Jun 2023, Astana; id astana-20)." in flat


@requires_poppler
def test_june_pdf_quotes_and_numbered_sources(june_brief, tmp_path):
    flat = _flat(pdf_text(render_brief("pdf", june_brief, chart=False), tmp_path))
    assert "we propose that the 20th round of Syria talks be declared the last one in the Astana process” — Kanat Tumysh [" in flat
    assert "“If the participants of international meetings on Syria in the Astana format make a collective request" in flat
    sources = flat.split(" Sources [1] ", 1)[1]
    for citation in june_brief.citations:
        assert f"[{citation.number}] {citation.publisher}" in "[1] " + sources
        if citation.url:  # pdftotext drops the hyphen where a long address wraps after one
            assert citation.url.replace("-", "") in sources.replace(" ", "").replace("-", "")


@requires_poppler
def test_pdf_pages_are_numbered(odd_brief, tmp_path):
    text = pdf_text(render_brief("pdf", odd_brief, chart=False), tmp_path)
    pages = text.count("\f")
    assert pages >= 2
    assert [int(n) for n in re.findall(r"Page (\d+) of " + str(pages), text)] == list(range(1, pages + 1))


@requires_poppler
def test_pdf_shows_every_script_and_the_data_text_as_written(odd_brief, tmp_path):
    data = render_brief("pdf", odd_brief, chart=False)
    flat = _flat(pdf_text(data, tmp_path))
    assert f"Türkiye (guarantor), {CYRILLIC} (speaker)" in flat
    assert "Côte d'Ivoire observed." in flat
    assert "<script>alert('x')</script> & <b>bold</b> [link](http://evil.example)" in flat
    assert '=HYPERLINK("http://evil.example","click")' in flat
    assert "have been achieved.” — Александр Лаврентьев [5]" in flat, "the long quote is wrapped, not cut"
    arabic_words = {"وزارة", "الخارجية", "والمغتربين"}
    assert arabic_words <= set(flat.split()), "Arabic is shaped yet extracts as text"
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), "fonts embedded"


@requires_poppler
def test_pdf_page_one_renders_to_a_png(odd_brief, tmp_path):
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(render_brief("pdf", odd_brief, chart=False))
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    png = next(tmp_path.glob("page*.png")).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000


@requires_poppler
@requires_chromium
def test_command_pdf_has_the_chart_image(june_files, tmp_path):
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(june_files["pdf"])
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert len(listing.splitlines()) >= 3, "one image: the timeline chart"
    text = pdf_text(june_files["pdf"], tmp_path)
    assert text.startswith("Astana track: June 2023") and "Timeline" in text


def _chinese_brief(odd_brief):
    """The odd brief with a Chinese title and summary (a spokesperson's words from Xinhua)."""
    import dataclasses

    entry = odd_brief.entries[0]
    month = dataclasses.replace(odd_brief.months[0], entries=(dataclasses.replace(
        entry, title="中国外交部发言人 statement", summary="发言人说"), *odd_brief.months[0].entries[1:]))
    return dataclasses.replace(odd_brief, months=(month, *odd_brief.months[1:]))


@requires_poppler
def test_pdf_draws_chinese_or_says_it_cannot(odd_brief, tmp_path, monkeypatch):
    """The PDF dropped Chinese titles, summaries and quotes without a word (QA of the briefings); with a wide font
    (Droid Sans Fallback, which `make` installs) it draws them, and the text after them keeps its font."""
    from tracker.briefing import pdf

    brief = _chinese_brief(odd_brief)
    if pdf.wide_font() is not None:
        flat = _flat(pdf_text(render_brief("pdf", brief, chart=False), tmp_path))
        assert "中国外交部发言人 statement" in flat and "发言人说 Sources:" in flat
        assert "Not drawn" not in flat
    monkeypatch.setattr(pdf, "WIDE_FONTS", ())
    pdf._drawable.cache_clear()
    try:
        flat = _flat(pdf_text(render_brief("pdf", brief, chart=False), tmp_path))
    finally:
        pdf._drawable.cache_clear()
    assert "Not drawn: 9 different characters of this brief (U+4E2D" in flat and "the DOCX, HTML and Markdown" in flat


@requires_poppler
def test_numbers_inside_an_arabic_sentence_stay_in_their_place(tmp_path):
    """fpdf2 reversed the words between the numbers of an Arabic sentence but kept those pieces in reading order
    from the left, so "... الجولة 21 ستعقد في 2023 ..." printed with 21 left of 2023 and glued to the wrong words.
    Right to left, the sentence reads 21 first: it is right of 2023, in the brief's own lines and in data's."""
    from types import SimpleNamespace

    from tracker.briefing.pdf import FAMILY, BriefPDF

    sentence = "قال الوزير إن الجولة 21 ستعقد في 2023 في أستانا"
    pdf = BriefPDF(SimpleNamespace(title="t"))
    pdf.add_page()
    pdf.set_font(FAMILY, "", 12)
    for own_direction, text in ((False, f"Quote: {sentence}"), (True, sentence), (False, f"Round 7 — {sentence} (SANA)")):
        pdf.shape_for(text, own_direction=own_direction)
        pdf.multi_cell(pdf.epw, 8, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "arabic.pdf"
    path.write_bytes(bytes(pdf.output()))
    words = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, timeout=60).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</word>', words.decode("utf-8"))
    lines: dict[float, dict[str, float]] = {}
    for x, y, word in found:
        lines.setdefault(round(float(y)), {})[word.translate(ISOLATES)] = float(x)
    lines = {y: line for y, line in lines.items() if "2023" in line}  # not the footer
    assert len(lines) == 3, lines
    for line in lines.values():
        assert line["2023"] < line["21"], line  # 21 is read first, from the right
    quote = next(line for line in lines.values() if "Quote:" in line)
    assert quote["Quote:"] < quote["2023"]  # the brief's own words stay left, before the Arabic run
