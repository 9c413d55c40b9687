"""The brief as PDF with fpdf2: embedded DejaVu fonts, HarfBuzz shaping for Arabic, page numbers.

Why fpdf2: pure Python (no system libraries beyond the fonts it embeds), actively
maintained by the py-pdf organisation, subsets TrueType fonts, shapes complex
scripts and lays out right-to-left runs through uharfbuzz, and writes links,
outlines (bookmarks) and metadata. WeasyPrint or ReportLab would also work, but
WeasyPrint needs Pango/Cairo from the system and ReportLab does no shaping.
"""
from __future__ import annotations

import dataclasses
import functools
import io
import unicodedata
from pathlib import Path
from typing import Iterator

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from tracker.briefing import bidi_lines
from tracker.briefing.chart import chart_png
from tracker.briefing.model import Brief, Citation, Entry, isolate
from tracker.flat import is_web_url

#: shipped with the project (assets/fonts, with its LICENSE), else Debian's fonts-dejavu-core.
FONT_DIRS = (Path(__file__).resolve().parents[2] / "assets" / "fonts", Path("/usr/share/fonts/truetype/dejavu"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf", "BI": "DejaVuSans-BoldOblique.ttf"}
FAMILY = "DejaVu"
#: the regular face again under another name: the oblique faces have no Arabic, so italic Arabic falls back to it.
FALLBACK = "DejaVuFallback"
GREY, INK, ACCENT = (90, 90, 90), (20, 20, 20), (166, 106, 0)
LINE = 5.0
#: millimetres an entry's heading, marks and first lines need; less left on the page starts a new one.
KEEP_TOGETHER = 38.0


#: Fonts with Chinese, Japanese and Korean that a machine may have (Debian's fonts-droid-fallback and
#: fonts-noto-cjk-extra name these): used after DejaVu when present; nothing is fetched.
WIDE_FONTS = (Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
              Path("/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf"),
              Path("/usr/share/fonts/opentype/noto/NotoSansSC-Regular.otf"))
WIDE = "Wide"


def wide_font() -> Path | None:
    """The first of WIDE_FONTS this machine has, or None."""
    return next((path for path in WIDE_FONTS if path.is_file()), None)


@functools.lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    """The code points the PDF's fonts can draw (DejaVu and a wide font if present)."""
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for path in filter(None, (font_path(""), wide_font())):
        points |= set(TTFont(str(path), lazy=True).getBestCmap())
    return frozenset(points)


def undrawable(brief: Brief) -> str:
    """The distinct characters of the brief that no font of the PDF can draw (Chinese, with only DejaVu here).

    fpdf2 leaves them out without a word; the brief says so instead (and `tracker brief` prints it)."""
    drawable = _drawable()
    seen = dict.fromkeys(char for text in _texts(brief) for char in text
                         if ord(char) > 0x7F and ord(char) not in drawable and not char.isspace()
                         and unicodedata.category(char)[0] not in "CZ")
    return "".join(seen)


def _texts(value) -> Iterator[str]:
    """Every string in a brief (its dataclasses, tuples and lists)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


def missing_text_note(missing: str) -> str:
    """What the brief says of the characters it could not draw."""
    shown = ", ".join(f"U+{ord(char):04X}" for char in missing[:4]) + (", …" if len(missing) > 4 else "")
    return (f"{len(missing)} different characters of this brief ({shown}) cannot be drawn with the fonts on this "
            "machine and are left out of the PDF; the DOCX, HTML and Markdown briefs hold them (a font with them, such "
            "as Debian's fonts-droid-fallback, makes the PDF draw them)")


def font_path(style: str = "") -> Path:
    """The TTF file for a style ('', 'B', 'I', 'BI'); raises FileNotFoundError naming where it looked."""
    for folder in FONT_DIRS:
        candidate = folder / FONT_FILES[style]
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{FONT_FILES[style]} not found in {' or '.join(map(str, FONT_DIRS))}; "
                            "install fonts-dejavu-core or restore assets/fonts")


def needs_shaping(text: str) -> bool:
    """True when `text` has characters of a right-to-left or complex script (Arabic, Hebrew, Indic, ...)."""
    return any(ord(char) >= 0x0590 and (unicodedata.bidirectional(char) in ("R", "AL", "AN", "NSM")
                                        or 0x0900 <= ord(char) <= 0x0DFF) for char in text)


class BriefPDF(FPDF):
    """A4 (or US Letter) pages with the brief's title and 'Page n of N' in the footer."""

    def __init__(self, brief: Brief, paper: str = "a4"):
        super().__init__(orientation="portrait", unit="mm", format="Letter" if paper == "letter" else "A4")
        bidi_lines.install()  # numbers inside an Arabic run stay in it (fpdf2 kept the pieces in reading order)
        self.brief = brief
        for style in FONT_FILES:
            self.add_font(FAMILY, style, str(font_path(style)))
        self.add_font(FALLBACK, "", str(font_path("")))
        wide = wide_font()
        if wide is not None:
            self.add_font(WIDE, "", str(wide))
        self.set_fallback_fonts([FALLBACK, *([WIDE] if wide is not None else [])], exact_match=False)
        self.shaping: str | None = None
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)
        self.alias_nb_pages()

    def shape_for(self, text: str, own_direction: bool = False) -> None:
        """Turn HarfBuzz shaping on only for text that needs it (Arabic and other joined or right-to-left scripts).

        Shaping every line would make a 1,000-event brief several times slower, and Latin,
        Cyrillic or Greek text looks the same without it. `own_direction`: a paragraph that is
        one text from the data (a title) takes the direction of its first letter; the brief's
        own lines are left to right, with Arabic runs right to left inside them.
        """
        if not needs_shaping(text):
            self.use_shaping(None)
        else:
            self.use_shaping("auto" if own_direction else "ltr")

    def use_shaping(self, direction: str | None) -> None:
        """Shaping off (None), or on with paragraphs left to right ("ltr") or as their first letter says ("auto")."""
        if direction != self.shaping:
            self.set_text_shaping(direction is not None, direction="ltr" if direction == "ltr" else None)
            self.shaping = direction

    def footer(self) -> None:
        """Title on the left, page number on the right (the page break may come in the middle of a paragraph:
        its shaping setting is put back afterwards)."""
        shaping = self.shaping
        title = self.brief.title[:90]
        self.shape_for(title, own_direction=True)
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*GREY)
        self.cell(self.epw * 0.75, 5, title)
        self.cell(self.epw * 0.25, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.use_shaping(shaping)


def _text(pdf: BriefPDF, text: str, size: float = 10, style: str = "", colour=INK, indent: float = 0,
          height: float = LINE, own_direction: bool = False) -> None:
    """A wrapped paragraph at the left margin (+indent)."""
    pdf.shape_for(text, own_direction)
    pdf.set_font(FAMILY, style, size)
    pdf.set_text_color(*colour)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, height, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L")


def _heading(pdf: BriefPDF, text: str, level: int) -> None:
    size = {0: 17, 1: 13.5, 2: 11.5}[level]
    if level and pdf.get_y() > pdf.h - pdf.b_margin - KEEP_TOGETHER - 10:  # no heading alone at the foot of a page
        pdf.add_page()
    pdf.ln(3 if level else 0)
    if level:  # the PDF outline (bookmarks): sections, then months
        pdf.start_section(text, level=level - 1, strict=False)
    _text(pdf, text, size=size, style="B", height=size * 0.5, own_direction=level == 0)
    pdf.ln(1.5)


def _flow(pdf: BriefPDF, parts: list[tuple[str, str, object]], size: float = 10, indent: float = 0) -> None:
    """Inline runs (text, style, link) that wrap together, e.g. a summary followed by its [n] links."""
    pdf.shape_for("".join(text for text, _, _ in parts))
    margin = pdf.l_margin
    pdf.set_left_margin(margin + indent)
    pdf.set_x(margin + indent)
    for text, style, link in parts:
        # fpdf2 keeps no record of a fallback font it drew a run in (Chinese in Droid Sans): a run after it, in the
        # font it thinks is still set, was drawn with no font at all ("Sources:" came out as "DeMsK"); naming
        # another font first makes it select DejaVu again
        pdf.set_font(FALLBACK, "", size)
        pdf.set_font(FAMILY, style, size)
        pdf.set_text_color(*((5, 99, 193) if link else INK))
        pdf.write(LINE, text, link=link or "")
    pdf.set_left_margin(margin)
    pdf.ln(LINE)


def _cite_parts(numbers, links: dict[int, int]) -> list[tuple[str, str, object]]:
    # the space goes with the mark: write() may only break a line at a space inside one call
    return [(f" [{number}]", "", links[number]) for number in numbers]


def _entry(pdf: BriefPDF, entry: Entry, links: dict[int, int], since: str) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - KEEP_TOGETHER:  # keep the heading with its first lines
        pdf.add_page()
    heading = f"{entry.date_text} · {entry.type_label} · {isolate(entry.title)}"
    _text(pdf, heading, size=10.5, style="B")
    if entry.change:
        _text(pdf, f"{entry.change_text} (added or changed since {since})", size=8.5, style="B", colour=ACCENT)
    if entry.context_text:
        _text(pdf, entry.context_text, size=8.5, colour=GREY)
    if entry.actors:
        _flow(pdf, [("Actors: ", "B", None), (entry.actors_text, "", None)])
    if entry.summary or entry.citations:
        parts = [(entry.summary, "", None)] if entry.summary else []
        if entry.citations:
            parts += [(" Sources:" if entry.summary else "Sources:", "", None), *_cite_parts(entry.citations, links)]
        _flow(pdf, parts)
    if entry.quote:
        parts = [(f"“{isolate(entry.quote.text)}”", "I", None)]
        if entry.quote.speaker:
            parts.append((f" — {isolate(entry.quote.speaker)}", "", None))
        if entry.quote.citation:
            parts += _cite_parts([entry.quote.citation], links)
        _flow(pdf, parts, size=9.5, indent=6)
    _text(pdf, f"Event id: {entry.event_id}", size=8, colour=GREY)
    pdf.ln(2.5)


def _source(pdf: BriefPDF, citation: Citation, link: int) -> None:
    pdf.set_link(link, y=pdf.get_y(), page=pdf.page)
    parts: list[tuple[str, str, object]] = [(f"[{citation.number}] ", "B", None)]
    text = isolate(citation.publisher) or "(publisher not recorded)"
    text += f", {citation.published}" if citation.published else ""
    text += f", “{isolate(citation.title)}”" if citation.title else ""
    parts.append((text + (", " if citation.url else ""), "", None))
    if citation.url:
        parts.append((citation.url, "", citation.url if is_web_url(citation.url) else None))
    _flow(pdf, parts, size=9)
    pdf.ln(0.8)


def _bullet(pdf, text: str) -> None:
    """A bulleted paragraph (key points, changes)."""
    y = pdf.get_y()
    pdf.set_font(FAMILY, "", 10)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(5, LINE, "•")
    pdf.set_y(y)
    _text(pdf, text, indent=5)
    pdf.ln(0.8)


def render(brief: Brief, *, chart: bool = True, paper: str = "a4") -> bytes:
    """The brief as the bytes of a PDF file on A4 (or `paper="letter"`)."""
    pdf = BriefPDF(brief, paper)
    pdf.set_title(brief.title)
    pdf.set_author("tracker brief")
    pdf.set_subject(brief.filter_text)
    pdf.set_keywords(brief.filter_query)  # the view's URL query: the brief can be made again from it
    pdf.set_creator("tracker (fpdf2)")
    pdf.set_creation_date(brief.generated_at)
    pdf.add_page()

    _heading(pdf, brief.title, 0)
    for label, value in (("Period", brief.period), ("Filters", brief.filter_text),
                         ("Generated", brief.generated_text.removeprefix("Generated "))):
        _flow(pdf, [(f"{label}: ", "B", None), (value, "", None)], size=9.5)
    if brief.since:
        _flow(pdf, [("Marked NEW or CHANGED: ", "B", None),
                    (f"events added or changed since {brief.since_label}", "", None)], size=9.5)
    if brief.as_of:
        _flow(pdf, [(f"{brief.as_of_text}: ", "B", None), ("the chronology as it was known then", "", None)], size=9.5)
    missing = undrawable(brief)
    if missing:
        _flow(pdf, [("Not drawn: ", "B", None), (missing_text_note(missing) + ".", "", None)], size=9.5)

    _heading(pdf, "Key points", 1)
    for point in brief.key_points:
        _bullet(pdf, point)
    if brief.changes_heading:
        _heading(pdf, brief.changes_heading, 1)
        for line in brief.changes or ():
            _bullet(pdf, line.text)
        if not brief.changes:
            _text(pdf, "Nothing changed.")

    png = chart_png(brief) if chart else None
    if png:
        _heading(pdf, "Timeline", 1)
        pdf.image(io.BytesIO(png), w=pdf.epw)

    links = {citation.number: pdf.add_link() for citation in brief.citations}
    _heading(pdf, "Chronology", 1)
    if not brief.months:
        _text(pdf, "No events match the filters.")
    since = brief.since_label
    for month in brief.months:
        _heading(pdf, month.label, 2)
        for entry in month.entries:
            _entry(pdf, entry, links, since)

    if brief.citations:
        _heading(pdf, "Sources", 1)
        for citation in brief.citations:
            _source(pdf, citation, links[citation.number])
    return bytes(pdf.output())
